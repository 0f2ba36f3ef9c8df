/**
 * The tags the key catalog puts on every key. The plan writes them, the configuration may not
 * override them, and the orphans command finds and traces keys by them: one name each.
 */
export const PREFIX_TAG = 'Accelerator';
export const PURPOSE_TAG = 'accelerator:key';
export const STACK_TAG = 'accelerator:stack';

export const KEY_TAG_KEYS: readonly string[] = [PREFIX_TAG, PURPOSE_TAG, STACK_TAG];
