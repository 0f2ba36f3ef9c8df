/**
 * What holds for every key, with no setting to change it (the catalog's first table). The
 * construct applies these; the checking Aspects compare against the same constants.
 */
export const KEY_DELETION_WINDOW_DAYS = 30;
export const KEY_ROTATION_ENABLED = true;
export const KEY_USAGE = 'ENCRYPT_DECRYPT';
export const KEY_SPEC = 'SYMMETRIC_DEFAULT';
export const KEY_MULTI_REGION = false;
