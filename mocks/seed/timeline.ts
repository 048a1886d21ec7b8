import type { ArticleStatus, ReasonCode, WorkflowAction } from '@/domain';

export type Step = { action: WorkflowAction; reasonCodes?: ReasonCode[]; note?: string };

const changeReasons: { codes: ReasonCode[]; text: string }[] = [
  { codes: ['missing_source'], text: 'Bổ sung nguồn của các số liệu ở đoạn thứ hai, ghi rõ cơ quan cung cấp.' },
  { codes: ['spelling'], text: 'Soát lại chính tả và cách viết hoa tên cơ quan, chức danh.' },
  { codes: ['photo'], text: 'Ảnh đại diện bị mờ, đề nghị thay ảnh khác rõ nét hơn và ghi chú thích đầy đủ.' },
  { codes: ['sensitive', 'missing_source'], text: 'Một số nhận định cần có ý kiến của cơ quan chức năng trước khi đăng.' },
  { codes: ['other'], text: 'Sapo quá dài, cần viết gọn lại, nêu được ý chính của bài.' },
];

const unpublishReasons: { codes: ReasonCode[]; text: string }[] = [
  { codes: ['sensitive'], text: 'Tạm gỡ để kiểm tra lại thông tin theo phản ánh của bạn đọc.' },
  { codes: ['missing_source', 'other'], text: 'Số liệu chưa khớp với báo cáo chính thức, gỡ để điều chỉnh.' },
];

export const pickChangeReason = (i: number) => changeReasons[i % changeReasons.length];
export const pickUnpublishReason = (i: number) => unpublishReasons[i % unpublishReasons.length];

/** The workflow steps that lead an article to its seeded status; `revised` adds a round of changes. */
export function stepsFor(status: ArticleStatus, revised: boolean, i: number): Step[] {
  const change = pickChangeReason(i);
  const review: Step[] = revised
    ? [{ action: 'submit' }, { action: 'request_changes', reasonCodes: change.codes, note: change.text }, { action: 'submit' }]
    : [{ action: 'submit' }];
  switch (status) {
    case 'draft':
      return [];
    case 'in_review':
      return review;
    case 'changes_requested':
      return [{ action: 'submit' }, { action: 'request_changes', reasonCodes: change.codes, note: change.text }];
    case 'approved':
      return [...review, { action: 'approve' }];
    case 'scheduled':
      return [...review, { action: 'approve' }, { action: 'schedule' }];
    case 'published':
      return [...review, { action: 'approve' }, { action: 'publish' }];
    case 'unpublished': {
      const why = pickUnpublishReason(i);
      return [...review, { action: 'approve' }, { action: 'publish' }, { action: 'unpublish', reasonCodes: why.codes, note: why.text }];
    }
  }
}

/** How many articles of each status the seed holds, and how old they are (hours before the base). */
export const statusPlan: { status: ArticleStatus; count: number; age: [number, number] }[] = [
  { status: 'published', count: 22, age: [30, 1000] },
  { status: 'draft', count: 8, age: [1, 140] },
  { status: 'in_review', count: 8, age: [3, 90] },
  { status: 'changes_requested', count: 6, age: [10, 120] },
  { status: 'approved', count: 5, age: [8, 72] },
  { status: 'scheduled', count: 5, age: [20, 96] },
  { status: 'unpublished', count: 4, age: [200, 900] },
];
