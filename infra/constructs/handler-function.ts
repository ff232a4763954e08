/**
 * One Lambda function for one handler of functions/handlers/: Node 24 on ARM, bundled by the
 * local esbuild (never Docker), CommonJS, X-Ray tracing (the handlers trace their SDK clients),
 * JSON logs in its own log group (Powertools logger and EMF metrics, named by the handler), and
 * for the handlers that render PDFs the TTF fonts copied beside the bundle as files.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { metricsNamespace } from '../../functions/adapters/metrics.js';
import { ensureTemplatesModule } from '../../scripts/lib/templates-module.js';
import {
  esbuildSettings,
  FONT_DIR_ENV,
  fontSourceDir,
  type HandlerName,
  handlerEntry,
  lambdaFontDir,
  renderingHandlers,
  repoRoot,
} from '../bundling.js';

export interface HandlerFunctionProps {
  name: HandlerName;
  description: string;
  environment: Record<string, string>;
  memorySize?: number;
  timeout?: Duration;
  /** Concurrency reserved for (and capping) the function; render-drafts runs one at a time. */
  reservedConcurrentExecutions?: number;
}

export class HandlerFunction extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: HandlerFunctionProps) {
    super(scope, id);
    // The renderers import the precompiled templates (build/, never committed): built before esbuild runs.
    ensureTemplatesModule();
    const renders = renderingHandlers.includes(props.name);
    const logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Its own role with log rights on its own log group only, instead of the managed
    // AWSLambdaBasicExecutionRole (logs:* on every log group of the account).
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `The ${props.name} function`,
    });
    logGroup.grantWrite(role);
    this.fn = new NodejsFunction(this, 'Function', {
      role,
      entry: handlerEntry(props.name),
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      ...(props.reservedConcurrentExecutions !== undefined
        ? { reservedConcurrentExecutions: props.reservedConcurrentExecutions }
        : {}),
      tracing: Tracing.ACTIVE,
      loggingFormat: LoggingFormat.JSON,
      logGroup,
      projectRoot: repoRoot,
      depsLockFilePath: `${repoRoot}package-lock.json`,
      environment: {
        ...(renders ? { [FONT_DIR_ENV]: lambdaFontDir } : {}),
        // Powertools: the service named in every log line and metric, the metrics' namespace.
        POWERTOOLS_SERVICE_NAME: props.name,
        POWERTOOLS_METRICS_NAMESPACE: metricsNamespace,
        ...props.environment,
      },
      bundling: {
        minify: esbuildSettings.minify,
        sourceMap: esbuildSettings.sourceMap,
        format: OutputFormat.CJS,
        target: esbuildSettings.target,
        define: esbuildSettings.define,
        banner: esbuildSettings.banner,
        mainFields: esbuildSettings.mainFields,
        esbuildArgs: {
          '--legal-comments': esbuildSettings.legalComments,
          ...Object.fromEntries(
            Object.entries(esbuildSettings.alias).map(([name, to]) => [`--alias:${name}`, to]),
          ),
        },
        bundleAwsSDK: true,
        externalModules: esbuildSettings.external,
        forceDockerBundling: false,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (_input: string, output: string) =>
            renders ? [`mkdir -p "${output}/fonts"`, `cp "${fontSourceDir}"/*.ttf "${output}/fonts/"`] : [],
        },
      },
    });
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level scoping (AWS service authorization reference).',
    });
    Validations.of(this.fn).acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason:
        'Never invoked asynchronously: SQS (whose queue has its own dead-letter queue), Step Functions (which retries and records the failure) or API Gateway (synchronous) call it.',
    });
  }
}
