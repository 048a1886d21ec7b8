// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canonical, compareVietnamese, fold, normalizeTonePlacement, scoreSearch, slugify } from '@/domain';

const nfd = (s: string) => s.normalize('NFD');

describe('fold', () => {
  it.each([
    ['Quận 8', 'quan 8'],
    ['Đảng bộ', 'dang bo'],
    ['ĐẢNG BỘ', 'dang bo'],
    ['Thành phố Hồ Chí Minh', 'thanh pho ho chi minh'],
    ['Nghị quyết Đại hội', 'nghi quyet dai hoi'],
    ['ưu tiên', 'uu tien'],
    ['Ơn giời', 'on gioi'],
    ['Ăn uống', 'an uong'],
    ['hoà', 'hoa'],
    ['hòa', 'hoa'],
    ['thuỷ', 'thuy'],
    ['thủy', 'thuy'],
    ['Phường Bến Nghé', 'phuong ben nghe'],
    ['Giáo dục – Y tế', 'giao duc – y te'],
    ['', ''],
    ['abc 123', 'abc 123'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('folds NFD input exactly like NFC input', () => {
    for (const s of ['Quận 8', 'Đảng bộ', 'Hội nghị Tổng kết', 'nhiệm kỳ 2020 – 2025', 'Thứ Sáu']) {
      expect(fold(nfd(s))).toBe(fold(s));
      expect(nfd(s)).not.toBe(s);
    }
  });

  it('folds both tone placements the same', () => {
    expect(fold('hoà')).toBe(fold('hòa'));
    expect(fold('thuý')).toBe(fold('thúy'));
    expect(fold('khoẻ')).toBe(fold('khỏe'));
  });
});

describe('slugify', () => {
  it.each([
    ['Đi chợ', 'di-cho'],
    ['Căn hộ', 'can-ho'],
    ['Quận 8: Tập trung tham mưu', 'quan-8-tap-trung-tham-muu'],
    ['Quận 8: Tập trung tham mưu triển khai các Chương trình hành động', 'quan-8-tap-trung-tham-muu-trien-khai-cac-chuong-trinh-hanh-dong'],
    ['  Hội nghị —  “Trong sạch, vững mạnh”  ', 'hoi-nghi-trong-sach-vung-manh'],
    ['Đại hội Đảng bộ lần thứ XII, nhiệm kỳ 2020 - 2025', 'dai-hoi-dang-bo-lan-thu-xii-nhiem-ky-2020-2025'],
    ['102,5%', '102-5'],
    ['!!!', ''],
    ['Hoà bình', 'hoa-binh'],
    ['Hòa bình', 'hoa-binh'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('gives the same slug for NFD input', () => {
    expect(slugify(nfd('Quận 8: Tập trung tham mưu'))).toBe('quan-8-tap-trung-tham-muu');
  });

  it('cuts long titles on a word boundary', () => {
    const slug = slugify('Thành phố Hồ Chí Minh '.repeat(20), 60);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('tone placement and canonical form', () => {
  it.each([
    ['hòa', 'hoà'],
    ['hoà', 'hoà'],
    ['thúy', 'thuý'],
    ['khỏe', 'khoẻ'],
    ['Hòa Bình', 'Hoà Bình'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeTonePlacement(input)).toBe(expected);
    expect(normalizeTonePlacement(nfd(input))).toBe(expected);
  });

  it('leaves syllables where the mark belongs on the first vowel alone', () => {
    for (const s of ['hoàn', 'thuyền', 'toán', 'quá', 'của', 'người']) expect(normalizeTonePlacement(s)).toBe(s);
  });

  it('canonical() is case- and form-insensitive but keeps tone marks', () => {
    expect(canonical('HÒA')).toBe(canonical(nfd('hoà')));
    expect(canonical('buổi')).not.toBe(canonical('buồi'));
  });
});

describe('Vietnamese collation', () => {
  it('orders the alphabet a ă â b c d đ e ê', () => {
    const letters = ['đ', 'b', 'ê', 'a', 'd', 'â', 'c', 'e', 'ă'];
    expect([...letters].sort(compareVietnamese)).toEqual(['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê']);
  });
  it('sorts names the way a Vietnamese reader expects, NFD or not', () => {
    const names = ['Đỗ Hữu Trí', 'Dương Văn An', nfd('Ân Thị Bé'), 'An Văn Cường', 'Ngô Thành Tuấn', 'Nguyễn Văn A'];
    expect([...names].sort(compareVietnamese).map((n) => n.normalize('NFC'))).toEqual([
      'An Văn Cường',
      'Ân Thị Bé',
      'Dương Văn An',
      'Đỗ Hữu Trí',
      'Ngô Thành Tuấn',
      'Nguyễn Văn A',
    ]);
  });
  it('sorts numbers numerically', () => {
    expect(['Quận 10', 'Quận 8', 'Quận 1'].sort(compareVietnamese)).toEqual(['Quận 1', 'Quận 8', 'Quận 10']);
  });
});

describe('scoreSearch', () => {
  it('is diacritics-insensitive', () => {
    expect(scoreSearch('quan 8', 'Quận 8: Tập trung tham mưu').matches).toBe(true);
    expect(scoreSearch('dang bo', 'Nghị quyết Đại hội Đảng bộ quận').matches).toBe(true);
    expect(scoreSearch('DANG BO', nfd('Đảng bộ')).matches).toBe(true);
    expect(scoreSearch('tham muu quan 8', 'Quận 8: Tập trung tham mưu').matches).toBe(true);
    expect(scoreSearch('quan 9', 'Quận 8: Tập trung tham mưu').matches).toBe(false);
  });
  it('an empty query matches everything', () => {
    expect(scoreSearch('  ', 'x').matches).toBe(true);
  });
  it('ranks exact tone-marked matches first', () => {
    const titles = ['Quan 8 trong mắt du khách', 'Quán 8 món ngon', 'Quận 8: Tập trung tham mưu'];
    const ranked = [...titles].sort((a, b) => scoreSearch('Quận 8', b).score - scoreSearch('Quận 8', a).score);
    expect(ranked[0]).toBe('Quận 8: Tập trung tham mưu');
    const ranked2 = [...titles].sort((a, b) => scoreSearch('quán', b).score - scoreSearch('quán', a).score);
    expect(ranked2[0]).toBe('Quán 8 món ngon');
  });
  it('treats both tone placements as exact', () => {
    expect(scoreSearch('hòa bình', 'Hoà bình').score).toBe(scoreSearch('hoà bình', 'Hoà bình').score);
    expect(scoreSearch('hòa bình', 'Hoà bình').score).toBeGreaterThan(scoreSearch('hòa bình', 'Hoa binh').score);
  });
});
