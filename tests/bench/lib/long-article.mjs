// A deterministic 20,000-word Vietnamese article body as TipTap JSON, the same for every editor
// measured, with a marker in its last paragraph that tells when the whole of it is on screen.

const WORDS = (
  'thành phố quận phường người dân cán bộ đảng viên nhân dân chính quyền đô thị giao thông kênh rạch ' +
  'công trình dự án nghị quyết đại hội triển khai thực hiện kế hoạch năm nay tháng trước tuần sau ' +
  'trường học bệnh viện môi trường kinh tế xã hội văn hóa giáo dục y tế an ninh trật tự đời sống ' +
  'phát triển nâng cao chất lượng hiệu quả tập trung chỉ đạo lãnh đạo tổ chức hội nghị tổng kết'
).split(' ');

export const LAST_MARKER = 'Kết thúc bài đo độ trễ';

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next, words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(' ')}.`;
}

/** `paragraphs` × `wordsPerParagraph` words, an `h2` every 20 paragraphs, bold and italic runs. */
export function longArticleDoc({ paragraphs = 200, wordsPerParagraph = 100, seed = 20 } = {}) {
  const next = rng(seed);
  const content = [];
  for (let p = 0; p < paragraphs; p++) {
    if (p % 20 === 0) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Phần ${p / 20 + 1}` }] });
    const text = [];
    let left = wordsPerParagraph;
    while (left > 0) {
      const n = Math.min(left, 10 + Math.floor(next() * 15));
      text.push(sentence(next, n));
      left -= n;
    }
    const head = text.slice(0, 2).join(' ');
    const tail = text.slice(2).join(' ');
    const runs = [{ type: 'text', marks: [{ type: 'bold' }], text: head }];
    if (tail) runs.push({ type: 'text', text: ` ${tail}` });
    content.push({ type: 'paragraph', content: runs });
  }
  content.push({ type: 'paragraph', content: [{ type: 'text', text: LAST_MARKER }] });
  return { type: 'doc', content };
}

export function countWords(doc) {
  let n = 0;
  const walk = (node) => {
    if (node.text) n += node.text.trim().split(/\s+/).filter(Boolean).length;
    for (const c of node.content ?? []) walk(c);
  };
  walk(doc);
  return n;
}
