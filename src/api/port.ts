import type {
  Article,
  AuditEntry,
  AuditQuery,
  BanInput,
  CommenterBan,
  CommenterFilter,
  CommenterHistory,
  ArticleDraft,
  ArticleListQuery,
  ArticleStatus,
  ArticleSummary,
  BulkCommentItem,
  BulkResult,
  Category,
  Comment,
  CommentAction,
  CommentCounts,
  CommentListQuery,
  HistoryEntry,
  ListResult,
  LoginInput,
  ModerationRule,
  ReasonCode,
  Session,
  User,
  WorkflowAction,
} from '@/domain';

export type TransitionOptions = {
  version: number;
  note?: string;
  reasonCodes?: ReasonCode[];
  scheduledAt?: string;
};

export type MediaUpload = { file: Blob; filename: string; onProgress?: (fraction: number) => void; signal?: AbortSignal };
export type Media = { id: string; url: string };

export type Revision = { rev: number; articleId: string; at: string; by: string; title: string; sapo: string; body: Article['body'] };
export type RevisionSummary = Omit<Revision, 'body' | 'sapo'>;
export type EditorialNote = { id: string; articleId: string; by: string; at: string; body: string };
export type ArticleLock = { articleId: string; userId: string; userName: string; expiresAt: string };

/** Per Vietnam-time day: how many articles entered each status (from the history; creation enters `draft`). */
export type ArticleStatsDay = { date: string; entered: Record<ArticleStatus, number> };
export type ArticleStats = { timeZone: string; days: ArticleStatsDay[]; current: Record<ArticleStatus, number> };
/** Comments an article received in the last `hours` (`recent`) and in the `hours` before (`previous`). */
export type CommentTrend = { articleId: string; articleTitle: string; recent: number; previous: number };
export type CommentTrends = { hours: number; until: string; items: CommentTrend[] };

export type CreateOptions = { idempotencyKey?: string };

/** A demo account as the demo backend lists it; it publishes the password so sign-in can be one click. */
export type DemoAccount = User & { password?: string };

export type Capabilities = {
  /** The statuses this backend can hold; the UI hides the rest and says why. */
  statuses: readonly ArticleStatus[];
  workflowActions: readonly WorkflowAction[];
  revisions: boolean;
  notes: boolean;
  locks: boolean;
  moderationRules: boolean;
  commentBulk: boolean;
  demoReset: boolean;
  /** `comments.history`: everything one reader wrote, by email or IP hash. */
  commenterHistory?: boolean;
  /** `moderation.audit`: the log of moderation actions. */
  moderationAudit?: boolean;
  /** `moderation.bans/ban/unban`: banning commenters. */
  commenterBans?: boolean;
  /** `articles.stats`: articles by status and by day, read from the workflow history. */
  articleStats?: boolean;
  /** `comments.trending`: the articles whose comment count grows fastest. */
  commentTrends?: boolean;
};

/**
 * The one door to a backend. Small and stable: features depend on it, adapters implement it.
 * Workflow changes go through `articles.transition`, never a status patch.
 */
export interface NewsroomApi {
  readonly name: string;
  readonly capabilities: Capabilities;
  /** Set by the app: the bearer token (or credentials) adapters attach to requests. */
  setToken(token: string | null): void;

  auth: {
    login(input: LoginInput): Promise<Session>;
    me(): Promise<User>;
    logout(): Promise<void>;
  };
  articles: {
    list(query: ArticleListQuery, signal?: AbortSignal): Promise<ListResult<ArticleSummary>>;
    get(id: string, signal?: AbortSignal): Promise<Article>;
    /**
     * `idempotencyKey`: the same key for every retry of one create, so a retry whose first attempt did
     * reach the server yields that article instead of a second one. A new key is made when omitted.
     */
    create(draft: ArticleDraft, options?: CreateOptions): Promise<Article>;
    /** `version` is the version the change was based on; a stale one throws ApiError{kind:'conflict', current}. */
    update(id: string, patch: ArticleDraft, version: number): Promise<Article>;
    remove(id: string, version: number): Promise<void>;
    transition(id: string, action: WorkflowAction, options: TransitionOptions): Promise<Article>;
    history(id: string): Promise<HistoryEntry[]>;
    revisions(id: string): Promise<RevisionSummary[]>;
    revision(id: string, rev: number): Promise<Revision>;
    /**
     * Puts revision `rev`'s title, sapo and body back as a new revision (`version` as for `update`);
     * the text it replaces stays a revision of its own, so nothing is lost.
     */
    restoreRevision(id: string, rev: number, version: number): Promise<Article>;
    notes(id: string): Promise<EditorialNote[]>;
    addNote(id: string, body: string): Promise<EditorialNote>;
    lock(id: string, options?: { force?: boolean }): Promise<ArticleLock>;
    unlock(id: string): Promise<void>;
    slugAvailable(slug: string, exceptId?: string): Promise<boolean>;
    /** The last `days` days, today included. Present when `capabilities.articleStats`. */
    stats?(query: { days: number }, signal?: AbortSignal): Promise<ArticleStats>;
  };
  comments: {
    list(query: CommentListQuery, signal?: AbortSignal): Promise<ListResult<Comment>>;
    act(id: string, action: CommentAction, version: number): Promise<Comment>;
    /** Each item carries the version it was seen at; a stale one fails alone with `already_moderated`. */
    bulk(items: readonly BulkCommentItem[], action: CommentAction): Promise<BulkResult>;
    reply(id: string, body: string): Promise<Comment>;
    counts(articleId?: string): Promise<CommentCounts>;
    /**
     * One reader's comments, any status, newest first (the first page), with their counts by status
     * over all of them. Present when `capabilities.commenterHistory`.
     */
    history?(filter: CommenterFilter, signal?: AbortSignal): Promise<CommenterHistory>;
    /** Articles by growth of comments received, `recent - previous`, largest first; only those that grew. Present when `capabilities.commentTrends`. */
    trending?(query: { hours: number; limit: number }, signal?: AbortSignal): Promise<CommentTrends>;
  };
  moderation: {
    rules(): Promise<ModerationRule[]>;
    saveRules(rules: ModerationRule[]): Promise<ModerationRule[]>;
    /** Newest first. Present when `capabilities.moderationAudit`. */
    audit?(query: AuditQuery, signal?: AbortSignal): Promise<ListResult<AuditEntry>>;
    /** Present (with `ban`, `unban`) when `capabilities.commenterBans`. */
    bans?(): Promise<CommenterBan[]>;
    /** Rejects the commenter's pending comments; the server rejects their new ones while it lasts. */
    ban?(input: BanInput): Promise<CommenterBan>;
    unban?(id: string): Promise<void>;
  };
  taxonomy: {
    categories(): Promise<Category[]>;
    tags(q?: string): Promise<string[]>;
  };
  media: {
    upload(input: MediaUpload): Promise<Media>;
  };
  users: {
    list(): Promise<User[]>;
  };
  demo?: {
    reset(): Promise<void>;
    /** Public list of demo accounts for the sign-in page. */
    accounts(): Promise<DemoAccount[]>;
  };
}
