// cdktf's jest matchers (toHaveResourceWithProperties and friends) for construct tests.
import { setupJest } from 'cdktf/lib/testing/adapters/jest';

setupJest();
