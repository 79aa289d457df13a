// Browser build of the fake host: served in place of office.js by the e2e harness. Options come
// from `window.__GANGZE_FAKE_EXCEL__` (set by an init script); the fake itself is exposed as
// `window.__gangzeFake` so tests can inspect the grid and the sync counts.

import { createFakeOffice, installFakeOffice, type FakeOfficeOptions } from "./office";

const win = window as unknown as Record<string, unknown>;
const fake = createFakeOffice((win.__GANGZE_FAKE_EXCEL__ as FakeOfficeOptions | undefined) ?? {});
installFakeOffice(fake, win);
win.__gangzeFake = fake;
