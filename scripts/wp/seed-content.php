<?php
/**
 * The harness's Vietnamese newsroom: categories, tags, posts in every WordPress status (block
 * markup, classic HTML, and things a rich-text editor cannot represent), featured images through
 * the media library, comments in every status. Returns the ids for state.json.
 */

function harness_seed_content(array $users) {
	$categories = array();
	foreach (array('thoi-su' => 'Thời sự', 'kinh-te' => 'Kinh tế', 'van-hoa' => 'Văn hóa', 'xa-hoi' => 'Xã hội',
		'giao-duc' => 'Giáo dục', 'the-thao' => 'Thể thao') as $slug => $name) {
		$term = term_exists($slug, 'category') ?: wp_insert_term($name, 'category', array('slug' => $slug));
		$categories[$slug] = (int) $term['term_id'];
	}
	foreach (array('Metro', 'Quận 8', 'Giao thông', 'Chuyển đổi số', 'kiểm thử') as $tag) {
		term_exists($tag, 'post_tag') || wp_insert_term($tag, 'post_tag');
	}

	$now = time();
	$posts = array();
	$posts['published'] = harness_post($users['editor']['id'], 'publish', 'Khởi công tuyến metro số 2 Bến Thành – Tham Lương',
		'Sáng nay, TP.HCM chính thức khởi công tuyến metro số 2 dài hơn 11 km, dự kiến hoàn thành năm 2030.',
		harness_block_body(), $categories['thoi-su'], array('Metro', 'Giao thông'));
	$posts['classic'] = harness_post($users['author']['id'], 'publish', 'Quận 8 chỉnh trang kênh Tàu Hũ "xanh – sạch – đẹp"',
		'Sau ba năm cải tạo, hai bờ kênh Tàu Hũ đã trở thành điểm đến mới của người dân.',
		harness_classic_body(), $categories['xa-hoi'], array('Quận 8'));
	$posts['draft'] = harness_post($users['reporter']['id'], 'draft', 'Phóng sự: Một ngày ở chợ đầu mối Bình Điền',
		'Từ 1 giờ sáng, hàng trăm xe tải đã nối đuôi nhau vào chợ.',
		"<!-- wp:paragraph -->\n<p>Chợ đầu mối Bình Điền nhộn nhịp từ lúc nửa đêm.</p>\n<!-- /wp:paragraph -->",
		$categories['kinh-te'], array());
	$posts['pending'] = harness_post($users['reporter']['id'], 'pending', 'Trường học Thủ Đức thí điểm sổ liên lạc điện tử',
		'Phụ huynh có thể theo dõi điểm số và lịch học của con qua ứng dụng.',
		"<!-- wp:paragraph -->\n<p>Từ học kỳ này, <strong>12 trường</strong> ở TP Thủ Đức dùng sổ liên lạc điện tử.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:heading -->\n<h2>Phụ huynh nói gì?</h2>\n<!-- /wp:heading -->\n\n<!-- wp:paragraph -->\n<p>Nhiều phụ huynh cho biết <em>tiện hơn hẳn</em> sổ giấy.</p>\n<!-- /wp:paragraph -->",
		$categories['giao-duc'], array('Chuyển đổi số'));
	$posts['future'] = harness_post($users['editor']['id'], 'future', 'Lễ hội Áo dài TP.HCM 2031 sẽ diễn ra tại phố đi bộ Nguyễn Huệ',
		'Lễ hội kéo dài một tuần với nhiều hoạt động trình diễn và triển lãm.',
		"<!-- wp:paragraph -->\n<p>Ban tổ chức dự kiến đón hơn 100.000 lượt khách.</p>\n<!-- /wp:paragraph -->",
		$categories['van-hoa'], array(), gmdate('Y-m-d H:i:s', $now + 30 * DAY_IN_SECONDS));
	$posts['private'] = harness_post($users['editor']['id'], 'private', 'Gỡ bài: Số liệu ngân sách quý III cần kiểm tra lại',
		'Bài viết tạm gỡ để xác minh số liệu.',
		"<!-- wp:paragraph -->\n<p>Số liệu đang được Sở Tài chính đối chiếu.</p>\n<!-- /wp:paragraph -->",
		$categories['kinh-te'], array());
	$posts['reporter2Draft'] = harness_post($users['reporter2']['id'], 'draft', 'Bản nháp của phóng viên khác',
		'Chỉ tác giả và biên tập viên được xem bản nháp này.',
		"<!-- wp:paragraph -->\n<p>Nội dung riêng tư.</p>\n<!-- /wp:paragraph -->", $categories['thoi-su'], array());
	$posts['changesRequested'] = harness_post($users['reporter']['id'], 'draft', 'Giá xăng giảm lần thứ ba liên tiếp',
		'Giá xăng RON 95 giảm 450 đồng mỗi lít từ 15 giờ chiều nay.',
		"<!-- wp:paragraph -->\n<p>Liên bộ Công Thương – Tài chính vừa điều chỉnh giá xăng dầu.</p>\n<!-- /wp:paragraph -->",
		$categories['kinh-te'], array());
	$reason = array('codes' => array('missing_source'), 'text' => 'Cần ghi rõ nguồn số liệu giá xăng.',
		'by' => (string) $users['editor']['id'], 'at' => gmdate('Y-m-d\TH:i:s\Z', $now - HOUR_IN_SECONDS));
	update_post_meta($posts['changesRequested'], 'newsroom_workflow', wp_slash(wp_json_encode(array(
		'stage' => 'changes_requested',
		'reason' => $reason,
		'history' => array(
			array('action' => 'submit', 'from' => 'draft', 'to' => 'in_review', 'by' => (string) $users['reporter']['id'],
				'at' => gmdate('Y-m-d\TH:i:s\Z', $now - 2 * HOUR_IN_SECONDS), 'note' => '', 'reasonCodes' => array()),
			array('action' => 'request_changes', 'from' => 'in_review', 'to' => 'changes_requested', 'by' => $reason['by'],
				'at' => $reason['at'], 'note' => $reason['text'], 'reasonCodes' => $reason['codes']),
		),
	), JSON_UNESCAPED_UNICODE)));

	$media = array(
		'published' => harness_image($posts['published'], 'metro-ben-thanh.jpg', array(28, 98, 168),
			'Công trường ga Bến Thành sáng khởi công.', 'Công nhân làm việc tại công trường ga Bến Thành'),
		'pending' => harness_image($posts['pending'], 'so-lien-lac.jpg', array(200, 120, 40),
			'Học sinh dùng máy tính bảng trong giờ học.', 'Học sinh lớp 5 xem sổ liên lạc điện tử'),
	);

	$comments = array('hold' => array(), 'approved' => array(), 'spam' => array(), 'trash' => array());
	$readers = array(
		array('Nguyễn Văn An', 'an.nguyen@example.test', '203.0.113.7', 'Mong tuyến metro sớm hoàn thành, đi làm đỡ kẹt xe.'),
		array('Lê Thị Bích', 'bich.le@example.test', '203.0.113.8', 'Ga Tham Lương có bãi giữ xe không ạ?'),
		array('Trần Quốc Cường', 'cuong.tran@example.test', '203.0.113.9', 'Tiến độ năm 2030 liệu có kịp không?'),
		array('Phạm Minh Đức', 'duc.pham@example.test', '198.51.100.4', 'Bài viết rất chi tiết, cảm ơn phóng viên.'),
		array('Hoàng Thu Hằng', 'hang.hoang@example.test', '198.51.100.5', 'Nhà tôi gần ga Phạm Văn Bạch, rất mừng.'),
		array('Đặng Văn Khoa', 'khoa.dang@example.test', '198.51.100.6', 'Cần thêm thông tin về giá vé.'),
	);
	$statuses = array('hold', 'hold', 'hold', 'approved', 'approved', 'approved');
	foreach ($readers as $i => list($name, $email, $ip, $text)) {
		$comments[$statuses[$i]][] = harness_comment($posts['published'], $name, $email, $ip, $text, $statuses[$i], $now - (10 - $i) * 600);
	}
	$comments['spam'][] = harness_comment($posts['published'], 'Khuyến mãi sốc', 'km@spam.example', '192.0.2.66',
		'Vay tiền nhanh lãi suất 0%, liên hệ ngay!!!', 'spam', $now - 300);
	$comments['trash'][] = harness_comment($posts['published'], 'Người qua đường', 'qua.duong@example.test', '192.0.2.67',
		'Bình luận lạc đề đã bị gỡ.', 'trash', $now - 200);
	// Enough held comments for every moderation case of the contract suite (each consumes its own).
	$comments['hold'][] = harness_comment($posts['published'], 'Võ Thanh Tâm', 'tam.vo@example.test', '198.51.100.7',
		'Xin hỏi khi nào có lịch chạy thử cho người dân?', 'hold', $now - 250);
	$comments['hold'][] = harness_comment($posts['published'], 'Bùi Ngọc Lan', 'lan.bui@example.test', '198.51.100.8',
		'Mong có thêm xe buýt kết nối các nhà ga.', 'hold', $now - 150);
	$comments['hold'][] = harness_comment($posts['classic'], 'Mai Anh', 'mai.anh@example.test', '203.0.113.20',
		'Kênh Tàu Hũ giờ đẹp quá, cuối tuần nào tôi cũng ra đây.', 'hold', $now - 100);
	$comments['approved'][] = harness_comment($posts['classic'], 'Quang Huy', 'huy@example.test', '203.0.113.21',
		'Mong các quận khác cũng làm được như vậy.', 'approved', $now - 50);

	return array('categories' => $categories, 'posts' => $posts, 'media' => $media, 'comments' => $comments);
}

function harness_post($author, $status, $title, $excerpt, $content, $category, $tags, $date_gmt = null) {
	$data = array('post_author' => $author, 'post_status' => $status, 'post_title' => $title,
		'post_excerpt' => $excerpt, 'post_content' => $content, 'post_category' => array($category),
		'tags_input' => $tags, 'comment_status' => 'open');
	if ($date_gmt) {
		$data['post_date_gmt'] = $date_gmt;
		$data['post_date'] = get_date_from_gmt($date_gmt);
	}
	$id = wp_insert_post(wp_slash($data), true);
	if (is_wp_error($id)) {
		fwrite(STDERR, "post $title: " . $id->get_error_message() . "\n");
		exit(1);
	}
	return $id;
}

/** A small JPEG drawn with GD, uploaded through the media library with its caption and alt text. */
function harness_image($post_id, $filename, array $rgb, $caption, $alt) {
	$img = imagecreatetruecolor(640, 360);
	imagefill($img, 0, 0, imagecolorallocate($img, $rgb[0], $rgb[1], $rgb[2]));
	imagefilledrectangle($img, 40, 220, 600, 320, imagecolorallocate($img, 240, 240, 240));
	$tmp = wp_tempnam($filename);
	imagejpeg($img, $tmp, 80);
	imagedestroy($img);
	$id = media_handle_sideload(array('name' => $filename, 'tmp_name' => $tmp), $post_id, $alt,
		array('post_excerpt' => $caption));
	if (is_wp_error($id)) {
		fwrite(STDERR, "media $filename: " . $id->get_error_message() . "\n");
		exit(1);
	}
	update_post_meta($id, '_wp_attachment_image_alt', $alt);
	set_post_thumbnail($post_id, $id);
	return $id;
}

function harness_comment($post_id, $name, $email, $ip, $text, $status, $time) {
	$id = wp_insert_comment(wp_slash(array(
		'comment_post_ID' => $post_id, 'comment_author' => $name, 'comment_author_email' => $email,
		'comment_author_IP' => $ip, 'comment_agent' => 'Mozilla/5.0 (seed)', 'comment_content' => $text,
		'comment_approved' => 'approved' === $status ? 1 : 0,
		'comment_date_gmt' => gmdate('Y-m-d H:i:s', $time), 'comment_date' => get_date_from_gmt(gmdate('Y-m-d H:i:s', $time)),
	)));
	if ('spam' === $status) {
		wp_spam_comment($id);
	} elseif ('trash' === $status) {
		wp_trash_comment($id);
	}
	return $id;
}

/** Gutenberg markup as WordPress 6.1 saves it, including blocks a rich-text editor cannot represent. */
function harness_block_body() {
	return implode("\n\n", array(
		"<!-- wp:paragraph -->\n<p>Tuyến metro số 2 có <strong>10 nhà ga ngầm</strong> và <em>1 nhà ga trên cao</em>, đi qua các quận 1, 3, 10, Tân Bình và 12. Xem thêm <a href=\"https://example.test/metro\">thông tin dự án</a>.</p>\n<!-- /wp:paragraph -->",
		"<!-- wp:heading -->\n<h2>Tổng vốn đầu tư hơn 47.000 tỉ đồng</h2>\n<!-- /wp:heading -->",
		"<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>Chiều dài: 11,3 km</li>\n<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>Số ga: 11</li>\n<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>Dự kiến vận hành: 2030</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->",
		"<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n<p>Đây là công trình trọng điểm của thành phố trong giai đoạn tới.</p>\n<!-- /wp:paragraph --><cite>Chủ tịch UBND TP.HCM</cite></blockquote>\n<!-- /wp:quote -->",
		"<!-- wp:embed {\"url\":\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\",\"type\":\"video\",\"providerNameSlug\":\"youtube\",\"responsive\":true,\"className\":\"wp-embed-aspect-16-9 wp-has-aspect-ratio\"} -->\n<figure class=\"wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio\"><div class=\"wp-block-embed__wrapper\">\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n</div><figcaption class=\"wp-element-caption\">Phim tư liệu về tuyến metro số 1</figcaption></figure>\n<!-- /wp:embed -->",
		"<!-- wp:shortcode -->\n[gallery ids=\"1,2,3\" columns=\"3\"]\n<!-- /wp:shortcode -->",
		"<!-- wp:html -->\n<iframe src=\"https://www.google.com/maps/embed?pb=metro2\" width=\"600\" height=\"300\" title=\"Bản đồ tuyến metro số 2\"></iframe>\n<!-- /wp:html -->",
		"<!-- wp:separator -->\n<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>\n<!-- /wp:separator -->",
		"<!-- wp:paragraph -->\n<p>Người dân có thể góp ý về phương án tổ chức giao thông quanh các nhà ga đến hết tháng này.</p>\n<!-- /wp:paragraph -->",
	));
}

/** Classic-editor content: no block comments, paragraphs by blank lines, a shortcode on its own line. */
function harness_classic_body() {
	return "Hai bờ kênh Tàu Hũ đoạn qua Quận 8 nay đã có <strong>đường đi bộ</strong> và cây xanh.\n\n"
		. "[caption id=\"\" align=\"aligncenter\" width=\"600\"]<img src=\"https://example.test/kenh.jpg\" alt=\"Kênh Tàu Hũ\" width=\"600\" height=\"400\" /> Kênh Tàu Hũ buổi sáng[/caption]\n\n"
		. "Người dân phấn khởi:\n<em>\"Giờ chiều nào cũng có chỗ đi dạo.\"</em>\n\n"
		. "<h3>Những việc còn lại</h3>\n\n"
		. "Quận sẽ tiếp tục nạo vét lòng kênh trong năm tới.";
}
