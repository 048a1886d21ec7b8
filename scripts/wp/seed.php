<?php
/**
 * Installs and seeds the harness's WordPress the way wp-admin would, without WP-CLI (not packaged
 * in Debian 12). Run as www-data by start.sh:
 *   php seed.php install   — wp_install() when the site is not installed yet
 *   php seed.php seed      — users, application passwords, taxonomy, posts, media, comments;
 *                            prints the harness state as JSON (reads the previous state on stdin)
 */

$mode = $argv[1] ?? 'seed';
$base = rtrim(getenv('HARNESS_BASE_URL') ?: 'http://127.0.0.1:8089', '/');
$url = parse_url($base);
$_SERVER['HTTP_HOST'] = $url['host'] . (isset($url['port']) ? ':' . $url['port'] : '');
$_SERVER['SERVER_NAME'] = $url['host'];
$_SERVER['SERVER_PORT'] = $url['port'] ?? 80;
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';

if ('install' === $mode) {
	define('WP_INSTALLING', true);
	require '/usr/share/wordpress/wp-load.php';
	// Pluggable: no mail on a machine without sendmail.
	function wp_new_blog_notification() {}
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	if (!is_blog_installed()) {
		$result = wp_install('Báo Thành ủy (thử nghiệm)', 'quantri', 'quantri@example.test', false, '', wp_generate_password(24));
		fwrite(STDERR, "installed WordPress, admin user {$result['user_id']}\n");
	}
	exit(0);
}

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once __DIR__ . '/seed-content.php';

$previous = json_decode(stream_get_contents(STDIN) ?: 'null', true);

update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
update_option('timezone_string', 'Asia/Ho_Chi_Minh');
update_option('date_format', 'd/m/Y');
update_option('time_format', 'H:i');
update_option('default_comment_status', 'open');
update_option('comment_moderation', '1');
update_option('upload_path', getenv('HARNESS_DIR') . '/uploads');
update_option('upload_url_path', $base . '/wp-content/uploads');
update_option('uploads_use_yearmonth_folders', '0');
flush_rewrite_rules(false);

// WordPress has no comment moderator; the companion plugin maps edit_comment to moderate_comments for this role.
// edit_posts is what wp/v2/comments asks before it lets anyone filter by status.
remove_role('newsroom_moderator');
// level_1 makes the role count as staff in wp/v2/users?who=authors, like a contributor.
add_role('newsroom_moderator', 'Điều hành bình luận', array('read' => true, 'edit_posts' => true, 'moderate_comments' => true, 'level_1' => true));
// Reporters attach photos to their drafts: contributors cannot upload in a stock WordPress.
get_role('contributor')->add_cap('upload_files');

$people = array(
	'admin' => array('quantri', 'administrator', 'Quản trị hệ thống'),
	'editor' => array('tongbientap', 'editor', 'Nguyễn Thị Thu Hà'),
	'author' => array('tacgia', 'author', 'Lê Minh Tuấn'),
	'reporter' => array('phongvien', 'contributor', 'Trần Văn Nam'),
	'reporter2' => array('phongvien2', 'contributor', 'Phạm Thu Trang'),
	'moderator' => array('dieuhanh', 'newsroom_moderator', 'Võ Thanh Bình'),
);
$users = array();
foreach ($people as $key => list($login, $role, $name)) {
	$user = get_user_by('login', $login);
	$data = array('user_login' => $login, 'role' => $role, 'display_name' => $name, 'nickname' => $name,
		'first_name' => $name, 'user_email' => "$login@example.test");
	if ($user) {
		$data['ID'] = $user->ID;
		$id = wp_update_user($data);
	} else {
		$data['user_pass'] = wp_generate_password(24);
		$id = wp_insert_user($data);
	}
	if (is_wp_error($id)) {
		fwrite(STDERR, "user $login: " . $id->get_error_message() . "\n");
		exit(1);
	}
	$users[$key] = array('id' => $id, 'username' => $login, 'name' => $name, 'role' => $role,
		'password' => harness_app_password($id, $previous['users'][$key]['password'] ?? null));
}

/** Reuses the previous application password while it still verifies; otherwise makes a new one. */
function harness_app_password($user_id, $old) {
	$name = 'newsroom-harness';
	foreach (WP_Application_Passwords::get_user_application_passwords($user_id) as $item) {
		if ($item['name'] !== $name) {
			continue;
		}
		if ($old && wp_check_password(preg_replace('/[^a-z\d]/i', '', $old), $item['password'], $user_id)) {
			return $old;
		}
		WP_Application_Passwords::delete_application_password($user_id, $item['uuid']);
	}
	$created = WP_Application_Passwords::create_new_application_password($user_id, array('name' => $name));
	if (is_wp_error($created)) {
		fwrite(STDERR, 'application password: ' . $created->get_error_message() . "\n");
		exit(1);
	}
	return WP_Application_Passwords::chunk_password($created[0]);
}

$content = get_option('newsroom_harness_content');
if (!$content) {
	// As the administrator: without unfiltered_html, kses would strip the iframe from the seed.
	wp_set_current_user($users['admin']['id']);
	$content = harness_seed_content($users);
	update_option('newsroom_harness_content', $content, false);
}

echo wp_json_encode(array(
	'baseUrl' => $base,
	'restRoot' => $base . '/wp-json/',
	'wpVersion' => get_bloginfo('version'),
	'users' => $users,
) + $content, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
