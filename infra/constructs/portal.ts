/**
 * The portal: the Cognito user pool (staff and one group per member country, TOTP required,
 * managed login), the portal function with its session secret, and the HTTP API in front of
 * it. The function authenticates every request itself (functions/portal/cognito-auth.ts).
 */
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  CfnUserPoolGroup,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { dataPrefixes } from '../../functions/core/keys.js';
import { members } from '../../functions/core/members.js';
import { acknowledgeObjectWildcards, bucketWildcard, dataWildcard } from './grants.js';
import { HandlerFunction } from './handler-function.js';
import { StackPart } from './stack-part.js';
import type { Storage } from './storage.js';

export interface PortalProps {
  /**
   * Where Cognito's managed login sends people back, each `https://<portal>/auth/callback`;
   * the first is the portal's own. Default: the API's address.
   */
  callbackUrls?: string[];
}

/** What the portal reads in the data bucket: results, drafts, editions, the year's state. */
const portalReads = [
  dataPrefixes.uploads,
  dataPrefixes.current,
  dataPrefixes.drafts,
  dataPrefixes.published,
  dataPrefixes.control,
] as const;

export class Portal extends StackPart {
  readonly fn: NodejsFunction;
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly loginDomain: UserPoolDomain;
  readonly stage: HttpStage;
  readonly callbackUrls: string[];
  /** The portal's origin, as the function knows it (PORTAL_URL). */
  readonly portalUrl: string;

  constructor(
    scope: Construct,
    id: string,
    storage: Storage,
    stateMachine: StateMachine,
    props: PortalProps,
  ) {
    super(scope, id);
    this.userPool = this.createUsers();
    this.fn = this.createFunction(storage, stateMachine);
    const sessionSecret = this.createSessionSecret(this.fn);
    const api = this.createApi(this.fn);
    this.stage = api.stage;
    const signIn = this.createSignIn(this.userPool, api.api, props);
    this.client = signIn.client;
    this.loginDomain = signIn.loginDomain;
    this.callbackUrls = signIn.callbackUrls;
    this.portalUrl = signIn.portalUrl;
    const portalEnvironment: Record<string, string> = {
      COGNITO_USER_POOL_ID: this.userPool.userPoolId,
      COGNITO_CLIENT_ID: this.client.userPoolClientId,
      COGNITO_DOMAIN_URL: this.loginDomain.baseUrl(),
      PORTAL_URL: signIn.portalUrl,
      PORTAL_SESSION_SECRET_ARN: sessionSecret.secretArn,
    };
    for (const [name, value] of Object.entries(portalEnvironment)) this.fn.addEnvironment(name, value);
  }

  /** The user pool: no self sign-up, TOTP required, a group for staff and one per member country. */
  private createUsers(): UserPool {
    const userPool = new UserPool(this, 'Users', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      // Contacts see data about child sexual abuse: a second factor is required, by app (TOTP).
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new CfnUserPoolGroup(this, 'StaffGroup', {
      userPoolId: userPool.userPoolId,
      groupName: 'staff',
      description: 'Commission staff: every country, publication',
    });
    for (const member of members) {
      new CfnUserPoolGroup(this, `CountryGroup${member.code}`, {
        userPoolId: userPool.userPoolId,
        groupName: `country-${member.code}`,
        description: `National contacts of ${member.name}`,
      });
    }
    return userPool;
  }

  /** The portal function and its rights: sign uploads, read results and reports, mark a year, start a run. */
  private createFunction(storage: Storage, stateMachine: StateMachine): NodejsFunction {
    const portal = new HandlerFunction(this, 'Portal', {
      name: 'portal',
      description: 'The portal: sign-in, upload forms, validation results, status and downloads',
      environment: { ...storage.bucketEnvironment, PUBLISH_STATE_MACHINE_ARN: stateMachine.stateMachineArn },
      memorySize: 512,
      timeout: Duration.seconds(15),
    }).fn;
    portal.addToRolePolicy(
      new PolicyStatement({
        // Signing presigned POST forms and GET links: the signer's own rights are what S3 checks.
        sid: 'PresignUploadsAndReadThem',
        actions: ['s3:PutObject', 's3:GetObject'],
        resources: [storage.uploads.arnForObjects('*')],
      }),
    );
    portal.addToRolePolicy(
      new PolicyStatement({
        sid: 'ReadReportsAndResults',
        actions: ['s3:GetObject'],
        resources: [...portalReads.map((p) => storage.data.arnForObjects(`${p}*`))],
      }),
    );
    portal.addToRolePolicy(
      new PolicyStatement({
        sid: 'ListForStatus',
        actions: ['s3:ListBucket'],
        resources: [storage.uploads.bucketArn, storage.data.bucketArn],
      }),
    );
    portal.addToRolePolicy(
      new PolicyStatement({
        sid: 'MarkYearReady',
        actions: ['s3:PutObject'],
        resources: [storage.data.arnForObjects(`${dataPrefixes.control}*`)],
      }),
    );
    // Staff invalidate an upload (app/cycle/invalidate.ts): its invalidation.json, written once,
    // and the current/ pointers moved back (their event re-renders the drafts).
    const invalidations = `${dataPrefixes.uploads}*/invalidation.json`;
    portal.addToRolePolicy(
      new PolicyStatement({
        sid: 'InvalidateUploads',
        actions: ['s3:PutObject'],
        resources: [
          storage.data.arnForObjects(invalidations),
          storage.data.arnForObjects(`${dataPrefixes.current}*`),
        ],
      }),
    );
    portal.addToRolePolicy(
      new PolicyStatement({
        sid: 'StartPublishRun',
        effect: Effect.ALLOW,
        actions: ['states:StartExecution'],
        resources: [stateMachine.stateMachineArn],
      }),
    );
    acknowledgeObjectWildcards(portal, [
      bucketWildcard(storage.uploads),
      ...portalReads.map((p) => dataWildcard(storage.data, p)),
      dataWildcard(storage.data, dataPrefixes.uploads).replace(/\*$/, '*/invalidation.json'),
    ]);
    return portal;
  }

  private createSessionSecret(portal: NodejsFunction): Secret {
    // The portal's session key: signs its session and sign-in cookies and keys the CSRF tokens
    // (HMAC-derived, one use each). Generated here, never in the template or the environment;
    // the portal reads it once per container.
    const sessionSecret = new Secret(this, 'PortalSessionSecret', {
      description: 'Signs the portal session cookies and keys its CSRF tokens',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    sessionSecret.grantRead(portal);
    Validations.of(sessionSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'An HMAC key for one-hour session cookies, not a credential of another system: rotating it signs everyone out. Rotate by hand (put a new random value, then update the portal function) if it may have leaked.',
    });
    return sessionSecret;
  }

  /** The HTTP API, throttled and access-logged, every route to the portal function. */
  private createApi(portal: NodejsFunction): { api: HttpApi; stage: HttpStage } {
    const apiLogs = new LogGroup(this, 'PortalApiLogs', {
      retention: RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // No API Gateway authorizer: a browser following links and posting forms without script
    // never sends an Authorization header. The portal function authenticates every route but
    // /healthz, /signin, /auth/callback and /signed-out from its signed session cookie, which
    // holds the Cognito ID token it verifies on each request (functions/portal/cognito-auth.ts).
    const api = new HttpApi(this, 'PortalApi', {
      description: 'The portal of the Alliance reports',
      createDefaultStage: false,
    });
    const stage = new HttpStage(this, 'PortalApiStage', {
      httpApi: api,
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(apiLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            method: '$context.httpMethod',
            path: '$context.path',
            status: '$context.status',
            latency: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
    const integration = new HttpLambdaIntegration('PortalIntegration', portal);
    const routes = [
      ...api.addRoutes({ path: '/', methods: [HttpMethod.ANY], integration }),
      ...api.addRoutes({ path: '/{proxy+}', methods: [HttpMethod.ANY], integration }),
    ];
    for (const route of routes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Authentication happens in the portal function on every route except /healthz, /signin, /auth/callback and /signed-out: the Cognito authorization-code flow with PKCE, then a signed HttpOnly session cookie whose ID token is verified (signature, issuer, audience, token use, expiry) on each request. An API Gateway authorizer cannot serve a browser without script, which sends no Authorization header.',
      });
    }
    return { api, stage };
  }

  private createSignIn(
    userPool: UserPool,
    api: HttpApi,
    props: PortalProps,
  ): { client: UserPoolClient; loginDomain: UserPoolDomain; callbackUrls: string[]; portalUrl: string } {
    // Sign-in: Cognito's managed login on a Cognito domain; the portal is a public client
    // (authorization code + PKCE; the verifier stays in the portal's signed HttpOnly cookie).
    // `portalCallbackUrls` (context) for a custom domain, the first one being the portal's;
    // otherwise the API's own address.
    const portalUrl = props.callbackUrls?.[0]?.replace(/\/auth\/callback\/?$/, '') ?? api.apiEndpoint;
    const callbackUrls = props.callbackUrls ?? [`${api.apiEndpoint}/auth/callback`];
    const signedOutUrls = callbackUrls.map((u) => u.replace(/\/auth\/callback\/?$/, '/signed-out'));
    const portalClient = new UserPoolClient(this, 'PortalClient', {
      userPool,
      generateSecret: false,
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(1),
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL],
        callbackUrls,
        logoutUrls: signedOutUrls,
      },
    });
    const loginDomain = userPool.addDomain('PortalLogin', {
      cognitoDomain: {
        domainPrefix:
          (this.node.tryGetContext('cognitoDomainPrefix') as string | undefined) ??
          `alliance-reports-${Stack.of(this).account}`,
      },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    // The newer managed login shows nothing without a branding: Cognito's own look.
    new CfnManagedLoginBranding(this, 'PortalLoginBranding', {
      userPoolId: userPool.userPoolId,
      clientId: portalClient.userPoolClientId,
      useCognitoProvidedValues: true,
    });
    return { client: portalClient, loginDomain, callbackUrls, portalUrl };
  }
}
