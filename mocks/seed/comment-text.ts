/**
 * Reader comments in the voices a Vietnamese portal gets: thanks, questions, complaints, near-miss
 * words a naive filter would flag (`buổi`, `các`, `con cá`), spam, abuse written with separators and
 * teencode, and a few markup payloads that must always be shown as text.
 */
export const ordinaryComments = [
  'Bài viết rất thiết thực, mong {loc} tiếp tục triển khai hiệu quả.',
  'Cảm ơn Ban Biên tập đã thông tin kịp thời.',
  'Tôi ở {loc}, thấy đúng là thời gian qua có nhiều chuyển biến tích cực.',
  'Đề nghị cơ quan chức năng kiểm tra thêm tình trạng ngập nước ở khu vực gần chợ.',
  'Mong Thành phố quan tâm hơn nữa đến người lao động nghèo.',
  'Cho tôi hỏi thủ tục đăng ký như thế nào, nộp hồ sơ ở đâu ạ?',
  'Hoan nghênh chủ trương này, rất hợp lòng dân.',
  'Đường trong hẻm nhà tôi vẫn còn xuống cấp, mong được sửa sớm.',
  'Buổi sáng hôm đó các em học sinh rất vui, cảm ơn các thầy cô.',
  'Các cô chú ở khu phố tôi ai cũng phấn khởi khi nghe tin này.',
  'Chợ gần nhà tôi bán con cá, mớ rau giờ cũng quét mã được rồi, tiện lắm.',
  'Nên có thêm nhiều buổi đối thoại như thế này để người dân được nói lên ý kiến.',
  'Thông tin hữu ích, tôi sẽ chia sẻ cho bà con trong hẻm cùng biết.',
  'Xin hỏi chương trình này có áp dụng cho người tạm trú không?',
  'Rất tự hào về quê hương mình, chúc {loc} ngày càng phát triển.',
  'Việc làm ý nghĩa, mong nhân rộng ra các phường khác.',
  'Tôi thấy cần công khai tiến độ dự án thường xuyên hơn để dân theo dõi.',
  'Mong lãnh đạo địa phương xử lý dứt điểm tình trạng lấn chiếm vỉa hè.',
  'Con tôi học ở trường này, năm nay phòng học khang trang hơn hẳn.',
  'Đề nghị bổ sung thêm thùng rác công cộng dọc tuyến đường.',
  'Cần kiểm tra lại số liệu ở đoạn thứ hai, hình như chưa khớp với năm ngoái.',
  'Bài viết hay nhưng ảnh hơi nhỏ, khó nhìn trên điện thoại.',
  'Cảm ơn các anh chị phóng viên đã theo sát sự việc.',
  'Ba tôi là đảng viên lão thành, đọc bài này ông rất xúc động.',
  'Khu tôi ở tối vẫn còn thiếu đèn đường, mong được lắp thêm.',
  'Cán bộ phường làm việc nhiệt tình, giải quyết hồ sơ nhanh gọn.',
  'Giá mà thủ tục được làm hoàn toàn trực tuyến thì tốt quá.',
  'Đồng ý với ý kiến cần lắng nghe người dân nhiều hơn.',
  'Buổi khám bệnh miễn phí rất chu đáo, mẹ tôi được bác sĩ tư vấn kỹ.',
  'Tôi đã tham gia ngày hội và tìm được việc làm phù hợp, xin cảm ơn.',
];

export const questionComments = [
  'Cho hỏi khi nào dự án này hoàn thành ạ?',
  'Xin hỏi người dân muốn đóng góp thì liên hệ ở đâu?',
  'Hồ sơ đăng ký cần những giấy tờ gì vậy ạ?',
  'Chương trình có kéo dài sang năm sau không ạ?',
];

export const readerReplies = [
  'Đồng ý với bạn.',
  'Khu tôi cũng vậy, mong được quan tâm.',
  'Bạn liên hệ bộ phận một cửa của phường là được hướng dẫn ngay.',
  'Cảm ơn bạn đã chia sẻ thông tin.',
  'Tôi nghĩ khác một chút, nhưng nhìn chung là tích cực.',
];

export const staffReplies = [
  'Cảm ơn bạn đọc đã quan tâm. Ban Biên tập đã chuyển câu hỏi đến cơ quan chức năng và sẽ thông tin khi có phản hồi.',
  'Chào bạn, thông tin chi tiết được niêm yết tại trụ sở UBND phường và trên cổng thông tin điện tử của địa phương.',
  'Ban Biên tập ghi nhận góp ý của bạn và sẽ kiểm tra, điều chỉnh nếu cần.',
];

export const spamComments = [
  'Vay tiền nhanh 24/7, không cần thế chấp, duyệt trong 5 phút: http://vaynhanh24h.example/',
  'Kiếm tiền online 500k/ngày tại nhà, inbox Zalo 0909 123 456 để được hướng dẫn!!!',
  'Nhà cái uy tín số 1 châu Á, tặng 100k khi đăng ký: https://casino-vip.example',
  'Bán đất nền giá rẻ sổ hồng riêng, chiết khấu 10%, LH 0933 555 777',
  'Giảm cân cấp tốc 10kg trong 1 tuần, xem ngay www.giamcan-thanhcong.example',
  'KIẾM TIỀN ONLINE uy tín, rút tiền trong ngày >>> bit.ly/kiem-tien-ngay',
  'Dịch vụ làm bằng đại học, bằng lái xe giá rẻ, bao đậu, liên hệ 0988 000 111',
  'Tuyển cộng tác viên bán hàng online, thu nhập 20 triệu/tháng http://ctv-online.example',
];

export const abusiveComments = [
  'đ.m bọn này nói láo hết',
  'vcl thật sự luôn, viết gì mà dở thế',
  'dm viết bài như c*t',
  'đồ ngu, toàn lũ ăn hại',
  'lũ óc chó, đọc mà tức',
  'd m cái loại ba xạo',
  'loooz, toàn nói phét',
  'vl, cái dự án này chắc lại lừa đảo',
  'ngu như bò mà cũng đòi làm lãnh đạo',
  'Đ Ị T mẹ cái bọn quan liêu',
  'dcm câu view rẻ tiền',
  'ĐM, mấy ông này chỉ giỏi nói',
];

export const markupComments = [
  '<script>alert("xss")</script> bài viết hay quá',
  'Xem ảnh <img src=x onerror=alert(1)> ở đây',
  '<a href="javascript:alert(1)">Bấm vào đây để nhận quà</a>',
];
