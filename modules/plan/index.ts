export { KEY_ADDRESS_PATTERN, KMS_ALIAS_RESOURCE_TYPE, KMS_KEY_RESOURCE_TYPE, keyAddress } from './addresses';
export { KEY_CATALOG, aliasPrefix, parameterPrefix, parseStackName, stackName } from './catalog';
export { switchAllows } from './key-presence';
export { organizationFacts, planStacks, stackAccess } from './plan';
export type { PolicyDocument, PolicyStatement } from './policies/policy-document';
export * from './types';
