/**
 * What the floor app must build: the resources of a synthesized output, without its values.
 * Stacks with the same resources are grouped, so the shape of 4,000 stacks is a few lines.
 */

export interface FloorKeyShape {
  /** The key's Terraform name: `aws_kms_key.<name>`. */
  readonly name: string;
  /** Length of its policy JSON, so the floor writes as many bytes. */
  readonly policyBytes: number;
}

export interface FloorStackShape {
  readonly keys: readonly FloorKeyShape[];
  readonly ebsDefaultEncryption: boolean;
  readonly sessionManagerPreferences: boolean;
  readonly backupVaults: readonly string[];
  readonly ssmLookups: readonly string[];
}

export interface FloorShapeGroup {
  readonly count: number;
  readonly stack: FloorStackShape;
}

export const FLOOR_SHAPE_ENV = 'LZ_KEYS_FLOOR_SHAPE';

type Blocks = Record<string, Record<string, Record<string, unknown>> | undefined>;

/** The shape of one synthesized stack (its cdk.tf.json, parsed). */
export function stackShape(tf: { resource?: Blocks; data?: Blocks }): FloorStackShape {
  const names = (blocks: Blocks | undefined, type: string) => Object.keys(blocks?.[type] ?? {}).sort();
  const keys = tf.resource?.aws_kms_key ?? {};
  return {
    keys: Object.keys(keys)
      .sort()
      .map((name) => ({ name, policyBytes: String(keys[name].policy ?? '').length })),
    ebsDefaultEncryption: names(tf.resource, 'aws_ebs_default_kms_key').length > 0,
    sessionManagerPreferences: names(tf.resource, 'aws_ssm_document').length > 0,
    backupVaults: names(tf.resource, 'aws_backup_vault'),
    ssmLookups: names(tf.data, 'aws_ssm_parameter'),
  };
}

export function groupShapes(shapes: readonly FloorStackShape[]): FloorShapeGroup[] {
  const groups = new Map<string, { count: number; stack: FloorStackShape }>();
  for (const shape of shapes) {
    const signature = JSON.stringify(shape);
    const group = groups.get(signature);
    if (group) group.count++;
    else groups.set(signature, { count: 1, stack: shape });
  }
  return [...groups.values()];
}
