import { articleSchema, type Article, type ArticleDraft } from '@/domain';
import { isApiError } from '@/api/errors';
import { newIdempotencyKey } from '@/api/idempotency';
import type { CreateOptions } from '@/api/port';
import { retryDelay } from './backoff';
import { isBlocked, type SaveStatus } from './save-status';
import { applyPatch, draftPatch, sameSnapshot, snapshotOf, type EditorSnapshot } from './snapshot';

export type LocalCopyPort = {
  write(key: string, copy: { snapshot: EditorSnapshot; baseVersion: number; articleId: string | null }): Promise<void>;
  drop(key: string): Promise<void>;
};

export type SaveEngineOptions = {
  articleId: string | null;
  version: number;
  /** What the server holds now. */
  saved: EditorSnapshot;
  /** The form and editor as they are; `null` while a composition (IME) is in progress. */
  read(): EditorSnapshot | null;
  create(draft: ArticleDraft, options: CreateOptions): Promise<Article>;
  update(id: string, patch: ArticleDraft, version: number): Promise<Article>;
  local: LocalCopyPort;
  onStatus(status: SaveStatus): void;
  onCreated?(article: Article): void;
  onSaved?(article: Article): void;
  onInvalid?(fields: Record<string, string>): void;
  /** The server refused a write because someone else holds the article's edit lock (423). */
  onLockedOut?(): void;
  idleMs?: number;
  maxWaitMs?: number;
  localMs?: number;
  now?: () => Date;
};

export const localKey = (articleId: string | null) => `article:${articleId ?? 'new'}`;

type Timer = ReturnType<typeof setTimeout> | null;

/** A create that may have reached the server: retried exactly as sent, under the same key. */
type PendingCreate = { key: string; patch: ArticleDraft; invalid: Record<string, string>; seq: number; retried: boolean };

/**
 * One save queue per article. Saves run one at a time, each on the version the previous one
 * returned, so a writer never conflicts with themself; changes made during a save are saved right
 * after it. Autosave fires `idleMs` after the last change and at least every `maxWaitMs` while
 * typing; every change is also copied locally within `localMs`.
 */
export class SaveEngine {
  private o: Required<Omit<SaveEngineOptions, 'onCreated' | 'onSaved' | 'onInvalid' | 'onLockedOut'>> & SaveEngineOptions;
  private id: string | null;
  private version: number;
  private saved: EditorSnapshot;
  private status: SaveStatus = { kind: 'idle' };
  private changeSeq = 0;
  private cleanSeq = 0;
  private attempt = 0;
  private inFlight: Promise<void> | null = null;
  private pendingCreate: PendingCreate | null = null;
  /** What each update since the last success would have made of the server's copy. */
  private attempted: EditorSnapshot[] = [];
  private again = false;
  private stopped = false;
  /** The next write waits for the person's go-ahead (`requireConfirmation`). */
  private mustConfirm = false;
  private idleTimer: Timer = null;
  private maxTimer: Timer = null;
  private retryTimer: Timer = null;
  private localTimer: Timer = null;

  constructor(options: SaveEngineOptions) {
    this.o = { idleMs: 2000, maxWaitMs: 30_000, localMs: 700, now: () => new Date(), ...options };
    this.id = options.articleId;
    this.version = options.version;
    this.saved = options.saved;
  }

  get articleId() {
    return this.id;
  }
  get currentVersion() {
    return this.version;
  }
  get currentStatus() {
    return this.status;
  }
  get serverCopy() {
    return this.saved;
  }

  /** Cheap enough for every keystroke: no serialisation happens here. */
  changed(): void {
    if (this.stopped) return;
    this.changeSeq++;
    this.armLocal();
    if (isBlocked(this.status)) return;
    if (this.status.kind !== 'saving' && this.status.kind !== 'retrying') this.setStatus({ kind: 'dirty' });
    if (this.status.kind === 'retrying') return;
    this.clear('idleTimer');
    this.idleTimer = setTimeout(() => void this.flush(), this.o.idleMs);
    this.maxTimer ??= setTimeout(() => void this.flush(), this.o.maxWaitMs);
  }

  /** True when the form holds something the server does not. */
  hasUnsavedChanges(): boolean {
    if (this.changeSeq === this.cleanSeq && this.status.kind !== 'conflict') return false;
    const now = this.o.read();
    return now === null || !sameSnapshot(now, this.saved) || this.status.kind === 'conflict';
  }

  /** Saves now (Ctrl+S, leaving, coming back online). Never runs two saves at once. */
  flush(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.clear('idleTimer');
    this.clear('maxTimer');
    this.clear('retryTimer');
    if (this.status.kind === 'conflict') return Promise.resolve();
    if (this.status.kind === 'held') this.setStatus({ kind: 'dirty' });
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = this.run().finally(() => {
      this.inFlight = null;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.flush();
      }
    });
    return this.inFlight;
  }

  /** The person knowingly overwrites the server's copy with theirs. */
  keepMine(): Promise<void> {
    if (this.status.kind !== 'conflict') return Promise.resolve();
    const { theirs } = this.status;
    this.rebase(theirs);
    this.setStatus({ kind: 'dirty' });
    return this.flush();
  }

  /** The person takes the server's copy; the caller puts it into the form. */
  takeTheirs(): Article | null {
    if (this.status.kind !== 'conflict') return null;
    const { theirs } = this.status;
    this.rebase(theirs);
    this.cleanSeq = this.changeSeq;
    this.setStatus({ kind: 'saved', at: this.o.now() });
    return theirs;
  }

  /** What the form holds now counts as unchanged (it was just loaded from the server). */
  settle(): void {
    this.cleanSeq = this.changeSeq;
    for (const t of ['idleTimer', 'maxTimer', 'localTimer'] as const) this.clear(t);
    if (this.status.kind === 'dirty') this.setStatus({ kind: 'saved', at: this.o.now() });
  }

  /** Whether the next write waits for the person's go-ahead (the article's status decides). */
  requireConfirmation(on: boolean): void {
    this.mustConfirm = on;
    if (!on && (this.status.kind === 'confirm' || this.status.kind === 'held')) {
      this.setStatus({ kind: 'dirty' });
      void this.flush();
    }
  }

  /** The person agreed to the consequence of saving: the held changes go out now. */
  confirmWrite(): Promise<void> {
    this.mustConfirm = false;
    if (this.status.kind !== 'confirm' && this.status.kind !== 'held') return Promise.resolve();
    this.setStatus({ kind: 'dirty' });
    return this.flush();
  }

  /** Not now: changes stay on screen and in the local copy, and nothing is written until asked again. */
  holdWrites(): void {
    if (this.status.kind === 'confirm') this.setStatus({ kind: 'held' });
  }

  /**
   * Someone else took the article over: nothing more goes to the server, and what has not reached it
   * is written to the local copy at once, to be offered back when the article is opened again.
   */
  keepLocally(): void {
    if (this.stopped) return;
    const unsaved = this.hasUnsavedChanges();
    this.clear('localTimer');
    if (unsaved) this.writeLocal();
    this.stop();
  }

  /** A write made outside the queue (a workflow transition) moved the version on. */
  acknowledge(article: Article): void {
    this.version = article.version;
  }

  /** Stops every timer; a local copy that was about to be written is written now. */
  stop(): void {
    if (this.localTimer && !this.stopped) {
      this.clear('localTimer');
      this.writeLocal();
    }
    this.stopped = true;
    for (const t of ['idleTimer', 'maxTimer', 'retryTimer', 'localTimer'] as const) this.clear(t);
  }

  start(): void {
    this.stopped = false;
  }

  private rebase(theirs: Article) {
    this.version = theirs.version;
    this.saved = snapshotOf(theirs);
  }

  private async run(): Promise<void> {
    const snapshot = this.o.read();
    if (snapshot === null) {
      // Mid-composition: the text is not final yet. Try again shortly.
      this.idleTimer = setTimeout(() => void this.flush(), 300);
      return;
    }
    const fresh = draftPatch(snapshot, this.saved);
    this.o.onInvalid?.(fresh.invalid);
    const pending = this.id === null ? this.createAttempt(fresh) : null;
    const { patch, invalid } = pending ?? fresh;
    const seq = pending?.seq ?? this.changeSeq;
    if (Object.keys(patch).length === 0) {
      if (Object.keys(invalid).length === 0) this.cleanSeq = seq;
      this.setStatus(this.status.kind === 'dirty' || this.status.kind === 'saving' || this.status.kind === 'retrying'
        ? { kind: 'saved', at: this.o.now() }
        : this.status);
      return;
    }
    if (this.mustConfirm && this.id !== null) {
      // Waits for the person (see `confirmWrite`); a later save asks again.
      this.setStatus({ kind: 'confirm' });
      return;
    }
    this.setStatus({ kind: 'saving' });
    try {
      const article = pending ? await this.create(pending) : await this.update(patch);
      if (this.stopped) return;
      this.version = article.version;
      this.saved = applyPatch(this.saved, patch);
      this.attempt = 0;
      const upToDate = Object.keys(invalid).length === 0 && seq === this.changeSeq;
      if (upToDate) {
        this.cleanSeq = seq;
        this.clear('localTimer');
        await this.o.local.drop(localKey(this.id)).catch(() => undefined);
      }
      this.setStatus({ kind: 'saved', at: this.o.now() });
      // Changes typed during the save already armed their own timers; those typed while a create
      // waited to be retried did not, and the retry sent none of them.
      if (pending?.retried && !upToDate) this.again = true;
      this.o.onSaved?.(article);
    } catch (error) {
      // Only an answer that may not have been the server's last word keeps the create pending.
      if (pending && !(isApiError(error) && (error.transient || error.kind === 'unauthorized'))) this.pendingCreate = null;
      if (!this.stopped) this.fail(error, snapshot);
    }
  }

  /**
   * The first create of this article, or the retry of one: a retry resends the same draft under the
   * same key, so the server answers with the article it may already have made rather than a second one.
   */
  private createAttempt(fresh: { patch: ArticleDraft; invalid: Record<string, string> }): PendingCreate | null {
    if (this.pendingCreate) {
      this.pendingCreate.retried = true;
      return this.pendingCreate;
    }
    if (Object.keys(fresh.patch).length === 0) return null;
    this.pendingCreate = { key: newIdempotencyKey(), ...fresh, seq: this.changeSeq, retried: false };
    return this.pendingCreate;
  }

  /**
   * A save whose answer was lost may have landed: its retry then meets a version conflict with a copy
   * that is exactly one of our own attempts. That is no conflict; the retry goes on from that copy.
   */
  private async update(patch: ArticleDraft): Promise<Article> {
    const attempt = applyPatch(this.saved, patch);
    try {
      const article = await this.o.update(this.id!, patch, this.version);
      this.attempted = [];
      return article;
    } catch (error) {
      const theirs = isApiError(error) && error.kind === 'conflict' ? articleSchema.safeParse(error.current) : null;
      if (theirs?.success && this.attempted.some((a) => sameSnapshot(a, snapshotOf(theirs.data)))) {
        this.attempted = [];
        this.rebase(theirs.data);
        const rest = draftPatch(attempt, this.saved).patch;
        return Object.keys(rest).length ? this.update(rest) : theirs.data;
      }
      if (isApiError(error) && error.transient) this.attempted.push(attempt);
      throw error;
    }
  }

  private async create(pending: PendingCreate): Promise<Article> {
    const article = await this.o.create(pending.patch, { idempotencyKey: pending.key });
    this.pendingCreate = null;
    this.id = article.id;
    // The local copy follows the article to its new key.
    await this.o.local.drop(localKey(null)).catch(() => undefined);
    this.o.onCreated?.(article);
    return article;
  }

  private fail(error: unknown, mine: EditorSnapshot) {
    if (!isApiError(error)) {
      this.setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (error.kind === 'conflict' && error.status === 423) {
      // A takeover this tab has not yet heard of: what was typed goes to the local copy (offered back
      // on reopening) and nothing more is written over the new holder's work.
      this.keepLocally();
      this.setStatus({ kind: 'locked' });
      this.o.onLockedOut?.();
      return;
    }
    if (error.kind === 'conflict') {
      const theirs = articleSchema.safeParse(error.current);
      if (theirs.success) {
        this.setStatus({ kind: 'conflict', mine, theirs: theirs.data });
        return;
      }
    }
    if (error.transient || error.kind === 'unauthorized') {
      this.attempt++;
      const delay = retryDelay(this.attempt, error.retryAfter);
      this.setStatus({
        kind: 'retrying',
        attempt: this.attempt,
        nextAt: new Date(this.o.now().getTime() + delay),
        offline: error.kind === 'network',
      });
      this.retryTimer = setTimeout(() => void this.flush(), delay);
      return;
    }
    if (error.kind === 'forbidden') return this.setStatus({ kind: 'forbidden' });
    if (error.kind === 'validation') {
      const fields = error.fields ?? {};
      this.o.onInvalid?.(fields);
      return this.setStatus({ kind: 'invalid', fields });
    }
    this.setStatus({ kind: 'failed', message: error.message });
  }

  private armLocal() {
    if (this.localTimer) return;
    this.localTimer = setTimeout(() => {
      this.localTimer = null;
      if (!this.writeLocal()) this.armLocal();
    }, this.o.localMs);
  }

  private writeLocal(): boolean {
    const snapshot = this.o.read();
    if (snapshot === null) return false;
    void this.o.local
      .write(localKey(this.id), { snapshot, baseVersion: this.version, articleId: this.id })
      .catch(() => undefined);
    return true;
  }

  private setStatus(next: SaveStatus) {
    const prev = this.status;
    this.status = next;
    if (prev.kind === next.kind && prev.kind !== 'saved' && prev.kind !== 'retrying' && prev.kind !== 'conflict') return;
    this.o.onStatus(next);
  }

  private clear(name: 'idleTimer' | 'maxTimer' | 'retryTimer' | 'localTimer') {
    const t = this[name];
    if (t) clearTimeout(t);
    this[name] = null;
  }
}
