export { KEY_CATALOG, aliasPrefix, parameterPrefix, parseStackName, stackName } from './catalog';
export { switchAllows } from './key-presence';
export { organizationFacts, planStacks, stackAccess } from './plan';
export type { PolicyDocument, PolicyStatement } from './policies/policy-document';
export * from './types';
