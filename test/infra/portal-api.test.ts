/**
 * The portal's part of the stack: an HTTP API with no authorizer in front of the portal
 * function (which authenticates from its own session cookie), the Cognito managed login and
 * the public app client with its callback and sign-out URLs, the session key in Secrets
 * Manager, and every variable the portal reads. cdk-nag runs at synth and must be clean.
 */
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { portalEnvNames } from '../../functions/portal/aws-deps.js';
import { buildApp } from '../../infra/app.js';

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;

function synth(context: Record<string, unknown> = {}) {
  const app = new App({
    context: { 'aws:cdk:bundling-stacks': [], publishSchedule: 'cron(0 6 5 12 ? *)', ...context },
  });
  const { stack } = buildApp(app);
  const template = Template.fromStack(stack);
  return { app, template };
}

function portalFunction(template: Template): { logicalId: string; env: Record<string, unknown> } {
  const fns = template.findResources('AWS::Lambda::Function') as Resources;
  const entry = Object.entries(fns).find(([id]) => id.startsWith('Portal'));
  if (!entry) throw new Error('no portal function');
  const env = (entry[1].Properties.Environment as { Variables: Record<string, unknown> }).Variables;
  return { logicalId: entry[0], env };
}

describe('the portal API and sign-in in the stack', () => {
  let app: App;
  let template: Template;
  beforeAll(() => {
    ({ app, template } = synth());
  });

  it('routes / and every path to the portal function, with no authorizer on any route', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route') as Resources);
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual(['ANY /', 'ANY /{proxy+}']);
    for (const route of routes) {
      expect(route.Properties.AuthorizationType ?? 'NONE').toBe('NONE');
      expect(route.Properties.AuthorizerId).toBeUndefined();
    }
    expect(Object.keys(template.findResources('AWS::ApiGatewayV2::Authorizer'))).toEqual([]);
    const integrations = Object.values(template.findResources('AWS::ApiGatewayV2::Integration') as Resources);
    expect(integrations).toHaveLength(1);
    expect(JSON.stringify(integrations[0]!.Properties.IntegrationUri)).toContain(
      portalFunction(template).logicalId,
    );
  });

  it('registers the portal’s /auth/callback and /signed-out on a public client with the code flow only', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: Match.arrayWith(['openid', 'email']),
      SupportedIdentityProviders: ['COGNITO'],
      CallbackURLs: [
        {
          'Fn::Join': [
            '',
            [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^PortalApi'), 'ApiEndpoint'] }, '/auth/callback'],
          ],
        },
      ],
      LogoutURLs: [
        {
          'Fn::Join': [
            '',
            [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^PortalApi'), 'ApiEndpoint'] }, '/signed-out'],
          ],
        },
      ],
    });
    const clients = Object.values(template.findResources('AWS::Cognito::UserPoolClient') as Resources);
    expect(clients).toHaveLength(1);
    expect(JSON.stringify(clients[0]!.Properties.AllowedOAuthFlows)).not.toContain('implicit');
    template.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { ManagedLoginVersion: 2 });
    template.resourceCountIs('AWS::Cognito::ManagedLoginBranding', 1);
  });

  it('gives the portal every variable it reads, the session key by reference only', () => {
    const { env } = portalFunction(template);
    for (const name of portalEnvNames) expect(env[name], name).toBeDefined();
    expect(JSON.stringify(env.PORTAL_SESSION_SECRET_ARN)).toContain('PortalSessionSecret');
    expect(JSON.stringify(env.COGNITO_DOMAIN_URL)).toContain('amazoncognito.com');
    expect(JSON.stringify(env.PORTAL_URL)).toContain('PortalApi');
    // The key itself is nowhere in the template.
    expect(JSON.stringify(template.toJSON())).not.toMatch(/resolve:secretsmanager/);
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 64 }),
    });
  });

  it('lets the portal read its session key and no other secret', () => {
    const policies = template.findResources('AWS::IAM::Policy') as Resources;
    const portal = Object.entries(policies).find(([id]) => id.startsWith('PortalRoleDefaultPolicy'));
    const statements = (portal![1].Properties.PolicyDocument as { Statement: Array<Record<string, unknown>> })
      .Statement;
    const secretReads = statements.filter((s) => JSON.stringify(s.Action).includes('secretsmanager:'));
    expect(secretReads).toHaveLength(1);
    expect(JSON.stringify(secretReads[0]!.Resource)).toContain('PortalSessionSecret');
    expect(JSON.stringify(secretReads[0]!.Action)).toContain('secretsmanager:GetSecretValue');
  });

  it('outputs the portal URL, the login domain, the client id and the callback URL', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    for (const name of [
      'PortalUrl',
      'CognitoDomainUrl',
      'UserPoolClientId',
      'PortalCallbackUrl',
      'UserPoolId',
    ])
      expect(outputs[name], name).toBeDefined();
    expect(JSON.stringify(outputs.PortalCallbackUrl!.Value)).toContain('/auth/callback');
  });

  it('takes a custom domain from portalCallbackUrls: callback, sign-out and PORTAL_URL follow it', () => {
    const custom = synth({
      portalCallbackUrls: 'https://portal.example.org/auth/callback,https://portal.example.eu/auth/callback',
    }).template;
    custom.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: ['https://portal.example.org/auth/callback', 'https://portal.example.eu/auth/callback'],
      LogoutURLs: ['https://portal.example.org/signed-out', 'https://portal.example.eu/signed-out'],
    });
    expect(portalFunction(custom).env.PORTAL_URL).toBe('https://portal.example.org');
  });

  it('passes cdk-nag (AWS Solutions and Serverless) with every acknowledgement explained', () => {
    expect(() => app.synth()).not.toThrow();
  });
});
