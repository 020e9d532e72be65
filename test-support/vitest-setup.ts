import { declareClientAddressHeaderSet } from '@/lib/net/client-address';

// In the app, server.ts sets the client-address header on every request; tests that build requests
// set it themselves (test-support/requests.ts), standing in for server.ts.
declareClientAddressHeaderSet();
