// Which tables changed, and in what order, as announced by the database after each commit
// (migration data_change_notify). Every announcement takes the next sequence number; a result computed
// from sequence number s is still good while none of the tables it read changed after s.
// While the LISTEN connection is down, announcements may be lost, so the feed is not live (the cache
// then serves nothing from memory) and, when it is back, everything counts as changed. `catchUp()` is
// the barrier a request passes before anything is served from memory: a round trip on the listening
// connection, shared by the requests that arrive while it is on its way.
import type { ChangeListener, OpenChangeListener } from './change-listeners';

const RETRY_MS = [500, 1_000, 2_000, 5_000];
const TABLE_REFRESH_MS = 5_000;

export interface FeedLog {
  info(message: string): void;
  warn(message: string): void;
}

export class ChangeFeed {
  private seq = 0;
  private resetAtSeq = 0;
  private readonly lastChange = new Map<string, number>();
  private allTables = new Set<string>();
  private announcedTables = new Set<string>();
  private tablesReadAt = 0;
  private listener: ChangeListener | undefined;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly resetHandlers: (() => void)[] = [];
  private readonly changeHandlers: ((table: string) => void)[] = [];
  private nextSync: Promise<boolean> | undefined;
  private syncInFlight: Promise<boolean> | undefined;
  /** Listening, with the table list loaded: announcements can be trusted. */
  live = false;

  constructor(
    private readonly open: OpenChangeListener,
    private readonly log: FeedLog = { info: (m) => console.log(m), warn: (m) => console.warn(m) },
  ) {}

  /** Starts listening; resolves once the first attempt succeeded or failed (it then keeps retrying). */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.live = false;
    clearTimeout(this.retryTimer);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.close().catch(() => {});
  }

  /** The current sequence number: take it before a render starts. */
  get sequence(): number {
    return this.seq;
  }

  /** A new sequence number for an event that is not a table change (a user's own write). */
  tick(): number {
    return ++this.seq;
  }

  onReset(handler: () => void): void {
    this.resetHandlers.push(handler);
  }

  isTable(name: string): boolean {
    return this.allTables.has(name);
  }

  isAnnounced(table: string): boolean {
    return this.announcedTables.has(table);
  }

  /** Whether any of `tables` changed, or the feed was reset, after sequence number `seq`. */
  changedSince(tables: Iterable<string>, seq: number): boolean {
    if (this.resetAtSeq > seq) return true;
    for (const table of tables) if ((this.lastChange.get(table) ?? 0) > seq) return true;
    return false;
  }

  /** The tables that changed after sequence number `seq`; every announced table when the feed was reset since. */
  tablesChangedSince(seq: number): string[] {
    if (this.resetAtSeq > seq) return [...this.announcedTables];
    return [...this.lastChange].filter(([, at]) => at > seq).map(([table]) => table);
  }

  onChange(handler: (table: string) => void): void {
    this.changeHandlers.push(handler);
  }

  /** True once every change committed before this call has been seen and the feed is live; false when
   *  it cannot be known (not listening, or the round trip failed). A round trip already on its way when
   *  this is called does not count: the call waits for one that starts after it. */
  catchUp(): Promise<boolean> {
    if (!this.live || !this.listener) return Promise.resolve(false);
    // Callers that arrive before the next round trip starts share it; it starts once the one on its way ends.
    this.nextSync ??= (async () => {
      await this.syncInFlight;
      this.nextSync = undefined;
      return (this.syncInFlight = this.roundTrip());
    })();
    return this.nextSync;
  }

  private async roundTrip(): Promise<boolean> {
    const listener = this.listener;
    if (!listener || !this.live) return false;
    try {
      await listener.sync();
      return this.live && this.listener === listener;
    } catch {
      return false;
    }
  }

  private noteChange(table: string): void {
    this.lastChange.set(table, ++this.seq);
    for (const handler of this.changeHandlers) handler(table);
  }

  private reset(): void {
    this.resetAtSeq = ++this.seq;
    for (const handler of this.resetHandlers) handler();
  }

  private async loadTables(): Promise<void> {
    const tables = await this.listener!.tables();
    this.allTables = new Set(tables.all);
    this.announcedTables = new Set(tables.announced);
    this.tablesReadAt = Date.now();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    try {
      this.listener = await this.open({ change: (table) => this.noteChange(table), lost: (error) => this.lost(error) });
      await this.loadTables();
      this.reset(); // whatever happened while not listening is unknown
      if (this.attempt > 0) this.log.info('[cache] listening for data changes again');
      this.attempt = 0;
      await this.goLive();
    } catch (error) {
      const listener = this.listener;
      this.listener = undefined;
      await listener?.close().catch(() => {});
      this.log.warn(`[cache] cannot listen for data changes (${(error as Error).message}); nothing is served from the cache until it can`);
      this.scheduleReconnect();
    }
  }

  /** Live once the schema's tables announce their changes: on a fresh embedded database the app
   *  creates them (migrations) after the listener is up, so until then the list is read again. */
  private async goLive(): Promise<void> {
    if (this.announcedTables.size > 0) {
      this.live = true;
      return;
    }
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      if (!this.listener) return;
      void this.loadTables()
        .then(() => this.goLive())
        .catch(() => this.goLive());
    }, TABLE_REFRESH_MS / 5);
    this.retryTimer.unref();
  }

  private lost(error: Error): void {
    if (this.stopped) return;
    this.live = false;
    this.listener = undefined;
    this.reset();
    this.log.warn(`[cache] lost the LISTEN connection (${error.message}); nothing is served from the cache until it is back`);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    const delay = RETRY_MS[Math.min(this.attempt++, RETRY_MS.length - 1)]!;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.connect(), delay);
    this.retryTimer.unref();
  }
}
