import type { Category, User } from '@/domain';

/** Every demo account signs in with this password. */
export const DEMO_PASSWORD = 'demo';

export const seedUsers: User[] = [
  { id: 'u-phongvien', username: 'phongvien', name: 'Nguyễn Thị Mai', email: 'mai.nguyen@thanhuytphcm.vn', roles: ['reporter'] },
  { id: 'u-phongvien2', username: 'phongvien2', name: 'Trần Văn Hùng', email: 'hung.tran@thanhuytphcm.vn', roles: ['reporter'] },
  { id: 'u-phongvien3', username: 'phongvien3', name: 'Đỗ Ngọc Ánh', email: 'anh.do@thanhuytphcm.vn', roles: ['reporter'] },
  { id: 'u-tongbientap', username: 'tongbientap', name: 'Lê Quang Minh', email: 'minh.le@thanhuytphcm.vn', roles: ['editor_in_chief'] },
  { id: 'u-kiemduyet', username: 'kiemduyet', name: 'Phạm Thu Hà', email: 'ha.pham@thanhuytphcm.vn', roles: ['moderator'] },
  { id: 'u-kiemduyet2', username: 'kiemduyet2', name: 'Vũ Hoàng Long', email: 'long.vu@thanhuytphcm.vn', roles: ['moderator'] },
];

export const REPORTER_IDS = ['u-phongvien', 'u-phongvien2', 'u-phongvien3'] as const;
export const EIC_ID = 'u-tongbientap';
export const MODERATOR_IDS = ['u-kiemduyet', 'u-kiemduyet2'] as const;

export const seedCategories: Category[] = [
  { id: 'cat-xay-dung-dang', name: 'Xây dựng Đảng', slug: 'xay-dung-dang' },
  { id: 'cat-chinh-tri', name: 'Chính trị', slug: 'chinh-tri' },
  { id: 'cat-kinh-te', name: 'Kinh tế', slug: 'kinh-te' },
  { id: 'cat-xa-hoi', name: 'Xã hội', slug: 'xa-hoi' },
  { id: 'cat-van-hoa', name: 'Văn hóa', slug: 'van-hoa' },
  { id: 'cat-giao-duc', name: 'Giáo dục', slug: 'giao-duc' },
  { id: 'cat-y-te', name: 'Y tế', slug: 'y-te' },
  { id: 'cat-quoc-phong-an-ninh', name: 'Quốc phòng – An ninh', slug: 'quoc-phong-an-ninh' },
  { id: 'cat-do-thi', name: 'Đô thị', slug: 'do-thi' },
];
