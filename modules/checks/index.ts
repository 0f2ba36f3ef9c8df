/**
 * The checks every synthesized stack must pass. Each is a CheckingAspect; add new ones here.
 */
import type { IAspect } from 'cdktf';
import { RetentionAspect } from '../retention/retention-aspect';
import { PolicyRulesAspect } from '../rules/policy-rules-aspect';

export const STACK_CHECKS: readonly IAspect[] = [new RetentionAspect(), new PolicyRulesAspect()];

export { CheckingAspect } from './checking-aspect';
export { ChecksFailedError, addChecks, checkAndSynth, runChecks, type CheckFailure } from './run-checks';
