import { fold } from '@/domain';
import { fnv1a, type Rng } from '../prng';

export type Commenter = { name: string; email: string; ipHash: string; url?: string };

const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const middles = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Hoàng', 'Đức', 'Thu', 'Quốc', 'Bảo', 'Kim', 'Hữu'];
const givens = [
  'An', 'Bình', 'Châu', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Khánh', 'Lan', 'Linh', 'Long',
  'Mai', 'Nam', 'Nga', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vy', 'Yến', 'Đạt', 'Nhung',
];
const nicknames = ['Bạn đọc Quận 8', 'Người dân Gò Vấp', 'Cựu chiến binh', 'Giáo viên về hưu', 'Tiểu thương chợ Bình Tây', 'Sinh viên'];

/** Readers who comment again and again, so the commenter view has a history to show. */
export function createCommenters(rng: Rng, count: number): Commenter[] {
  const out: Commenter[] = [];
  for (let i = 0; i < count; i++) {
    const nick = i % 17 === 5 ? nicknames[i % nicknames.length] : null;
    const family = rng.pick(families);
    const given = rng.pick(givens);
    const name = nick ?? `${family} ${rng.pick(middles)} ${given}`;
    const email = `${fold(given).replace(/\s/g, '')}.${fold(family)}${i}@example.com`;
    out.push({ name, email, ipHash: fnv1a(`reader-${i}`) + fnv1a(`ip-${i}`).slice(0, 4) });
  }
  return out;
}

/** A handful of spammers who post many times from a few addresses. */
export function createSpammers(): Commenter[] {
  return [
    { name: 'Vay Nhanh 24h', email: 'vaynhanh@example.net', ipHash: fnv1a('spam-1'), url: 'http://vaynhanh24h.example/' },
    { name: 'Kiếm tiền online', email: 'kiemtien.online@example.net', ipHash: fnv1a('spam-2') },
    { name: 'Nhà cái VIP', email: 'vip88@example.net', ipHash: fnv1a('spam-3'), url: 'https://casino-vip.example' },
    { name: 'Đất nền giá rẻ', email: 'datnen@example.net', ipHash: fnv1a('spam-4') },
  ];
}

/** Trolls: a few names, reused, that the abuse comes from. */
export function createTrolls(): Commenter[] {
  return [
    { name: 'Anh hùng bàn phím', email: 'banphim@example.org', ipHash: fnv1a('troll-1') },
    { name: 'Sự thật', email: 'suthat123@example.org', ipHash: fnv1a('troll-2') },
    { name: 'tèo 9x', email: 'teo9x@example.org', ipHash: fnv1a('troll-3') },
  ];
}
