// Spawned by crash.pg.int.test.ts: what `nexova start --role worker` runs, with the probe module
// (its consumer) added to the app's modules, as a composition would list it.
import { loadConfig } from '@nexova/config';
import { defineModule } from '@nexova/module';
import { createLogger } from '@nexova/observability';
import { startCommand } from '../../src/commands/start';
import { crashConsumer, crashHappened } from './probe-consumer';

const config = loadConfig();
const probe = defineModule({ name: 'probe', consumers: [crashConsumer], events: [crashHappened] });
await startCommand(config, createLogger(config.LOG_LEVEL), 'worker', { modules: [probe] });
