// The proxy machinery of the fake Excel host: a RequestContext that queues operations and runs
// them on the grid at sync(), and the ClientObject base whose properties can be read only after
// load + sync (PropertyNotLoaded otherwise), as in real Office.js.

import { utf8Length } from "../../src/office/chunks";
import { FakeOfficeError, propertyNotLoaded } from "./errors";
import type { FakeGrid } from "./grid";

export interface SyncRecord {
  /** operations in the request (property sets, method calls, loads) */
  operations: number;
  /** UTF-8 bytes of the request's JSON */
  requestBytes: number;
  /** UTF-8 bytes of the loaded values sent back */
  responseBytes: number;
}

export interface FakeStats {
  /** Excel.run calls */
  runs: number;
  /** context.sync() calls, including the implicit one at the end of Excel.run */
  syncs: number;
  batches: SyncRecord[];
  calculationSuspensions: number;
  screenUpdatingSuspensions: number;
  /** application.calculate calls */
  calculations: number;
  /** operations run on the grid (what `failAfter` counts) */
  operations: number;
}

export interface FakeHostState {
  grid: FakeGrid;
  stats: FakeStats;
  /** Excel on the web rejects requests and responses over 5 MB */
  payloadLimitBytes: number;
  /** highest ExcelApi version the fake claims (e.g. "1.8") */
  excelApi: string;
  /**
   * Failure injection: after this many more operations succeed, the next one fails with a
   * GeneralException (once; the operations before it in the batch stay done, as in Excel).
   */
  failAfter?: number;
  /** calculation was suspended and no application.calculate followed yet */
  calculationPending: boolean;
  /** who Excel says is signed in: comments and notes the add-in adds are theirs */
  userName: string;
  /** the clock comments are dated by (ISO date-time) */
  now: () => string;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

type Commit = () => void;

interface Operation {
  /** what travels in the request (measured for the payload limit) */
  wire: unknown[];
  /** runs on the grid at sync; may return data for the response and a commit to the proxies */
  run: () => { response?: unknown; commit?: Commit } | void;
}

export class RequestContext {
  private queue: Operation[] = [];
  /** set by the host when it creates the context */
  workbook!: import("./workbook").Workbook;

  constructor(readonly _host: FakeHostState) {}

  get application(): import("./workbook").Application {
    return this.workbook.application;
  }

  _queue(op: Operation): void {
    this.queue.push(op);
  }

  _hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** Throws ApiNotFound when the fake's ExcelApi version is below `version`. */
  _requireApi(version: string, api: string): void {
    if (compareVersions(this._host.excelApi, version) < 0) {
      throw new FakeOfficeError(
        "ApiNotFound",
        `${api} needs ExcelApi ${version}; this host supports ${this._host.excelApi}`
      );
    }
  }

  trackedObjects = { add: () => undefined, remove: () => undefined };

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const host = this._host;
    host.stats.syncs++;
    const record: SyncRecord = {
      operations: ops.length,
      requestBytes: utf8Length(JSON.stringify(ops.map((op) => op.wire))),
      responseBytes: 0,
    };
    host.stats.batches.push(record);
    // Excel on the web refuses a request over 5 MB:
    // https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
    if (record.requestBytes > host.payloadLimitBytes) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${record.requestBytes} > ${host.payloadLimitBytes} bytes).`
      );
    }
    const responses: unknown[] = [];
    const commits: Commit[] = [];
    try {
      // Excel runs the batch in order and stops at the first error; earlier operations stay done.
      for (const op of ops) {
        if (host.failAfter !== undefined && host.failAfter-- <= 0) {
          host.failAfter = undefined;
          throw new FakeOfficeError(
            "GeneralException",
            `Injected failure at ${JSON.stringify(op.wire).slice(0, 120)}`
          );
        }
        host.stats.operations++;
        const result = op.run();
        if (result) {
          if (result.response !== undefined) responses.push(result.response);
          if (result.commit) commits.push(result.commit);
        }
      }
    } finally {
      record.responseBytes = utf8Length(JSON.stringify(responses));
    }
    // …and a response over 5 MB with its own code (same page; error codes:
    // https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-error-handling#api-error-codes)
    if (record.responseBytes > host.payloadLimitBytes) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${record.responseBytes} > ${host.payloadLimitBytes} bytes).`
      );
    }
    for (const commit of commits) commit();
  }
}

/** What a load asks for: property names, `child/prop` paths for navigation properties. */
export function parseLoad(spec: unknown): string[] | null {
  if (spec === undefined || spec === null) return null;
  if (typeof spec === "string") return splitProps(spec);
  if (Array.isArray(spec)) return spec.flatMap((s) => splitProps(String(s)));
  if (typeof spec === "object") {
    const select = (spec as { select?: string | string[] }).select;
    if (select === undefined) return null;
    return Array.isArray(select) ? select.flatMap((s) => splitProps(s)) : splitProps(select);
  }
  throw new FakeOfficeError("InvalidArgument", `invalid load option ${String(spec)}`);
}

function splitProps(text: string): string[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export interface Snapshot {
  data: Record<string, unknown>;
  commit: Commit;
}

export abstract class ClientObject {
  protected readonly _loaded = new Map<string, unknown>();
  private _nullable = false;

  constructor(
    readonly context: RequestContext,
    protected readonly _path: string
  ) {}

  /** Scalar properties a bare load() brings. */
  protected abstract _scalarProps(): string[];
  /** Reads a scalar property from the grid (runs at sync). */
  protected abstract _readProp(name: string): unknown;
  /** A navigation property (`format`, `fill`…) for `a/b` load paths. */
  protected _child(name: string): ClientObject | undefined {
    void name;
    return undefined;
  }
  /** Whether the object exists in the grid (runs at sync); only OrNullObject results can be absent. */
  protected _exists(): boolean {
    return true;
  }

  get isNullObject(): boolean {
    if (!this._nullable) return false;
    return this._get<boolean>("isNullObject");
  }

  /** Marks an OrNullObject result: its existence is resolved by the next sync. */
  _markNullable(): this {
    this._nullable = true;
    this.context._queue({
      wire: [this._path, "resolve"],
      run: () => {
        const absent = !this._exists();
        return { commit: () => this._loaded.set("isNullObject", absent) };
      },
    });
    return this;
  }

  protected _get<T>(prop: string): T {
    if (!this._loaded.has(prop)) throw propertyNotLoaded(prop);
    return this._loaded.get(prop) as T;
  }

  /** Queues a property set; like Office.js the new value is readable locally at once. */
  protected _set(prop: string, value: unknown, apply: () => void): void {
    this._loaded.set(prop, value);
    this.context._queue({ wire: [this._path, prop, value], run: () => void apply() });
  }

  /** Queues a method call. */
  protected _call(method: string, args: unknown[], run: () => void): void {
    this.context._queue({ wire: [this._path, method, args], run: () => void run() });
  }

  load(spec?: unknown): this {
    const props = parseLoad(spec);
    this.context._queue({
      wire: [this._path, "load", props],
      run: () => {
        const snap = this._snapshot(props);
        return { response: snap.data, commit: snap.commit };
      },
    });
    return this;
  }

  /** Queues the load of a collection's `items` (`load("items/name")`, `load("name")` or bare). */
  protected _loadItems(wire: string, spec: unknown, items: () => ClientObject[]): this {
    const props = (spec === undefined ? [] : [spec].flat())
      .flatMap((s) => (typeof s === "string" ? s.split(",") : []))
      .map((s) => s.trim().replace(/^items\//, ""))
      .filter((s) => s && s !== "items");
    this.context._queue({
      wire: [wire, "load", props],
      run: () => {
        const list = items();
        const snaps = list.map((item) => item._snapshot(props.length ? props : null));
        return {
          response: snaps.map((s) => s.data),
          commit: () => {
            snaps.forEach((s) => s.commit());
            this._loaded.set("items", list);
          },
        };
      },
    });
    return this;
  }

  _snapshot(props: string[] | null): Snapshot {
    if (!this._exists()) {
      if (this._nullable) return { data: {}, commit: () => this._loaded.set("isNullObject", true) };
      throw new FakeOfficeError(
        "ItemNotFound",
        `The requested resource doesn't exist (${this._path}).`
      );
    }
    const data: Record<string, unknown> = {};
    const commits: Commit[] = [];
    const groups = new Map<string, string[]>();
    for (const prop of props ?? this._scalarProps()) {
      const slash = prop.indexOf("/");
      if (slash < 0) {
        const value = this._readProp(prop);
        data[prop] = value;
        commits.push(() => this._loaded.set(prop, value));
      } else {
        const head = prop.slice(0, slash);
        groups.set(head, [...(groups.get(head) ?? []), prop.slice(slash + 1)]);
      }
    }
    for (const [head, rest] of groups) {
      const child = this._child(head);
      if (!child)
        throw new FakeOfficeError("InvalidArgument", `Cannot load '${head}' of ${this._path}.`);
      const snap = child._snapshot(rest);
      data[head] = snap.data;
      commits.push(snap.commit);
    }
    return {
      data,
      commit: () => {
        if (this._nullable) this._loaded.set("isNullObject", false);
        commits.forEach((c) => c());
      },
    };
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}
