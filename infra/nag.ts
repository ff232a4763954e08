/**
 * cdk-nag 3 on the app: the AWS Solutions and Serverless packs. A finding that is not
 * acknowledged (with a reason, on the construct it concerns) fails `cdk synth`.
 */
import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';

export function addNagChecks(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
}
