import type { TiptapDoc, TiptapNode } from '@/domain';
import { fill, type Locality, type Topic } from './topic';

const text = (value: string, marks?: TiptapNode['marks']): TiptapNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const listItem = (value: string): TiptapNode => ({ type: 'listItem', content: [paragraph(text(value))] });

/** Extra paragraphs that make some articles long, as real ones are. */
const closings = [
  'Dịp này, nhiều tập thể và cá nhân có thành tích xuất sắc đã được khen thưởng, động viên kịp thời.',
  'Thời gian tới, địa phương tiếp tục rà soát, đánh giá kết quả, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh từ cơ sở.',
  'Các đại biểu thống nhất cho rằng cần tăng cường công tác tuyên truyền để người dân hiểu, đồng thuận và cùng tham gia thực hiện.',
  'Kết quả này góp phần quan trọng vào việc hoàn thành các chỉ tiêu kinh tế – xã hội mà Nghị quyết Đại hội Đảng bộ đã đề ra.',
];

export type BodyParts = { loc: Locality; official: string; year: number; dateLabel: string; extra: number };

/** A TipTap document in the portal's shape: the first paragraph opens with `(Thanhuytphcm.vn) - `. */
export function buildBody(topic: Topic, parts: BodyParts): TiptapDoc {
  const f = (s: string) => fill(s, parts.loc, parts.official, parts.year);
  const content: TiptapNode[] = [paragraph(text(`(Thanhuytphcm.vn) - Ngày ${parts.dateLabel}, ${f(topic.lead)}`))];
  content.push(paragraph(text(f(topic.paragraphs[0]))));
  if (topic.heading && topic.list) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [text(f(topic.heading))] });
    const ordered = topic.list.length > 3;
    content.push({ type: ordered ? 'orderedList' : 'bulletList', content: topic.list.map((item) => listItem(f(item))) });
  }
  for (const p of topic.paragraphs.slice(1)) content.push(paragraph(text(f(p))));
  if (topic.quote) {
    const speaker = parts.official.split(',')[0];
    content.push({
      type: 'blockquote',
      content: [paragraph(text(`“${f(topic.quote)}” – `), text(`đồng chí ${speaker}`, [{ type: 'italic' }]))],
    });
  }
  for (let i = 0; i < parts.extra; i++) content.push(paragraph(text(closings[(i + parts.year) % closings.length])));
  return { type: 'doc', content };
}

/** The same article before its last round of changes: without its closing parts. */
export function earlierBody(body: TiptapDoc): TiptapDoc {
  const content = body.content ?? [];
  return { type: 'doc', content: content.slice(0, Math.max(2, content.length - 1)) };
}

export function plainText(node: TiptapNode | TiptapDoc): string {
  if ('text' in node && typeof node.text === 'string') return node.text;
  return (node.content ?? []).map((child) => plainText(child)).join(' ');
}

export function countWords(doc: TiptapDoc): number {
  return plainText(doc).split(/\s+/).filter(Boolean).length;
}

const palette = ['#b71c1c', '#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#ad1457', '#4e342e', '#37474f'];

/** An offline placeholder photo: the demo must show images without any network. */
export function placeholderImage(label: string, index: number): string {
  const color = palette[index % palette.length];
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">` +
    `<rect width="1200" height="675" fill="${color}"/>` +
    `<circle cx="${200 + ((index * 137) % 800)}" cy="260" r="180" fill="#fff" fill-opacity="0.12"/>` +
    `<text x="60" y="620" font-family="sans-serif" font-size="44" fill="#fff">${label}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
