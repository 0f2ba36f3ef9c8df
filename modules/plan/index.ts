export { KEY_CATALOG, aliasPrefix, parameterPrefix, parseStackName, stackName } from './catalog';
export { switchAllows } from './key-presence';
export { planStacks } from './plan';
export type { PolicyDocument, PolicyStatement } from './policies/policy-document';
export * from './types';
