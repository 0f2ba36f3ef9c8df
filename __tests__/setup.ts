// cdktf's jest matchers (toHaveResourceWithProperties and friends) for construct tests.
import { setupJest } from 'cdktf/lib/testing/adapters/jest';
import { removeTempDirs } from './helpers/fixtures';

setupJest();
afterAll(removeTempDirs);
