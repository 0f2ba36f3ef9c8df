/**
 * Regions the project accepts, per partition. A Region missing here is an error at load time
 * rather than a provider error at apply time; add new Regions here.
 */
import type { Partition } from './model';

export const PARTITION_REGIONS: Readonly<Record<Partition, readonly string[]>> = {
  aws: [
    'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3',
    'ap-south-1', 'ap-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4',
    'ap-southeast-5', 'ap-southeast-6', 'ap-southeast-7', 'ca-central-1', 'ca-west-1', 'eu-central-1',
    'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3',
    'il-central-1', 'me-central-1', 'me-south-1', 'mx-central-1', 'sa-east-1', 'us-east-1', 'us-east-2',
    'us-west-1', 'us-west-2',
  ],
  'aws-us-gov': ['us-gov-east-1', 'us-gov-west-1'],
  'aws-cn': ['cn-north-1', 'cn-northwest-1'],
};

/** Regions an account must opt in to; services there have Region-specific principals. */
export const OPT_IN_REGIONS: ReadonlySet<string> = new Set([
  'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-south-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5',
  'ap-southeast-6', 'ap-southeast-7', 'ca-west-1', 'eu-central-2', 'eu-south-1', 'eu-south-2', 'il-central-1',
  'me-central-1', 'me-south-1', 'mx-central-1',
]);

export function isKnownRegion(partition: Partition, region: string): boolean {
  return PARTITION_REGIONS[partition].includes(region);
}
