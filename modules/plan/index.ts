export { KEY_CATALOG, aliasPrefix, parameterPrefix, stackName } from './catalog';
export { switchAllows } from './key-presence';
export { planStacks, stackAccess } from './plan';
export type { PolicyDocument, PolicyStatement } from './policies/policy-document';
export * from './types';
