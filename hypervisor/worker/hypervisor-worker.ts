/**
 * Hypervisor worker entry: exposes the control API through comlink and
 * spawns one guest worker per domain. Wiring only.
 */
import * as Comlink from 'comlink';
import { spawnGuestWorker } from './guest-runner.js';
import { hypervisorApi } from './hypervisor-api.js';
import { parentChannel, yieldToEventLoop } from './platform.js';

const parent = await parentChannel();
Comlink.expose(hypervisorApi({ spawnGuest: (id) => spawnGuestWorker(id), yieldFn: yieldToEventLoop }), parent.endpoint() as Comlink.Endpoint);
