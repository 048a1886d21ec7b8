/** The material one article is written from; see topics-a.ts for the placeholders. */
export type Topic = {
  categoryId: string;
  title: string;
  sapo: string;
  lead: string;
  paragraphs: string[];
  heading?: string;
  list?: string[];
  quote?: string;
  caption: string;
  tags: string[];
};

export type Locality = { name: string; party: string; gov: string; unit: string };

const district = (name: string): Locality => ({ name, party: `Quận ủy ${name}`, gov: `UBND ${name}`, unit: 'quận' });
const rural = (name: string): Locality => ({
  name: `Huyện ${name}`,
  party: `Huyện ủy ${name}`,
  gov: `UBND huyện ${name}`,
  unit: 'huyện',
});

export const localities: Locality[] = [
  district('Quận 8'),
  district('Quận 1'),
  rural('Củ Chi'),
  district('Quận 3'),
  district('Quận Gò Vấp'),
  { name: 'TP Thủ Đức', party: 'Thành ủy TP Thủ Đức', gov: 'UBND TP Thủ Đức', unit: 'thành phố' },
  district('Quận 12'),
  rural('Bình Chánh'),
  district('Quận Bình Thạnh'),
  district('Quận 4'),
  rural('Cần Giờ'),
  district('Quận Tân Bình'),
  district('Quận 7'),
  rural('Hóc Môn'),
  district('Quận Phú Nhuận'),
  district('Quận 10'),
  rural('Nhà Bè'),
  district('Quận Bình Tân'),
];

export const officials = [
  'Ngô Thành Tuấn, Bí thư {party}',
  'Đỗ Hữu Trí, Phó Bí thư Thường trực {party}',
  'Lâm Thị Thu Hương, Chủ tịch {gov}',
  'Trương Minh Phước, Phó Chủ tịch {gov}',
  'Huỳnh Ngọc Diệp, Trưởng Ban Tổ chức {party}',
];

export function fill(text: string, loc: Locality, official: string, year: number): string {
  return text
    .replaceAll('{official}', official)
    .replaceAll('{party}', loc.party)
    .replaceAll('{gov}', loc.gov)
    .replaceAll('{loc}', loc.name)
    .replaceAll('{unit}', loc.unit)
    .replaceAll('{year}', String(year));
}
