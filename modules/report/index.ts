export { accessRows, type AccessRow } from './access-rows';
export { buildAccessReport, type AccessReport, type KeyGroup, type ReportedKey } from './access-report';
export { instantiate, policyTemplate, ACCOUNT, ORGANIZATION_ACCOUNTS, REGION } from './policy-template';
export { renderJson } from './render-json';
export { renderMarkdown } from './render-markdown';
