<?php
/**
 * Plugin Name: Newsroom companion
 * Description: What the newsroom admin needs from a WordPress site beyond wp/v2: a CORS allow-list
 * for the app's origins, application passwords, a comment-moderator role that works over REST, and
 * the review note (the reason an editor sent an article back) as registered post meta.
 *
 * Drop it in wp-content/mu-plugins/. Every part is independent; see docs/wordpress.md.
 */

if (!defined('ABSPATH')) {
	exit;
}

/** Origins allowed to call the REST API from a browser: the constant, comma-separated, or the local defaults. */
function newsroom_allowed_origins() {
	if (defined('NEWSROOM_CORS_ORIGINS')) {
		return array_filter(array_map('trim', explode(',', NEWSROOM_CORS_ORIGINS)));
	}
	$origins = array();
	foreach (array('127.0.0.1', 'localhost') as $host) {
		foreach (array(4173, 5173, 4191) as $port) {
			$origins[] = "http://$host:$port";
		}
	}
	return $origins;
}

// Core reflects any Origin with credentials allowed; replace that with the allow-list.
add_action('rest_api_init', function () {
	remove_filter('rest_pre_serve_request', 'rest_send_cors_headers');
	add_filter('rest_pre_serve_request', function ($served) {
		$origin = get_http_origin();
		if ($origin && in_array($origin, newsroom_allowed_origins(), true)) {
			header('Access-Control-Allow-Origin: ' . $origin);
			header('Access-Control-Allow-Methods: OPTIONS, GET, POST, PUT, PATCH, DELETE');
			header('Access-Control-Allow-Credentials: true');
			header('Access-Control-Max-Age: 600');
		}
		header('Vary: Origin', false);
		return $served;
	});
}, 15);

// 6.1 offers application passwords only over https or in a "local" environment.
if (defined('NEWSROOM_APP_PASSWORDS_OVER_HTTP') && NEWSROOM_APP_PASSWORDS_OVER_HTTP) {
	add_filter('wp_is_application_passwords_available', '__return_true');
}

// 6.1 records a bad application password too late to report it: resolving the user first makes
// the REST API answer 401 incorrect_password / invalid_username instead of treating the request as anonymous.
if (defined('NEWSROOM_STRICT_AUTH_ERRORS') && NEWSROOM_STRICT_AUTH_ERRORS) {
	add_filter('rest_authentication_errors', function ($result) {
		if (null === $result) {
			is_user_logged_in();
		}
		return $result;
	}, 1);
}

/*
 * WordPress has no comment-moderator role: editing a comment maps to editing its post. Users whose
 * role grants moderate_comments without edit_others_posts (the `newsroom_moderator` role) moderate
 * every comment, and nothing else.
 */
add_filter('map_meta_cap', function ($caps, $cap, $user_id, $args) {
	if ('edit_comment' !== $cap || empty($args[0])) {
		return $caps;
	}
	if (user_can($user_id, 'moderate_comments') && !user_can($user_id, 'edit_others_posts')) {
		return array('moderate_comments');
	}
	return $caps;
}, 10, 4);

/*
 * The editorial workflow WordPress lacks, as registered post meta the newsroom app reads and writes:
 * `newsroom_workflow`, a JSON string {stage, reason, history}. `stage` refines a WordPress status
 * ("approved" on a pending post, "changes_requested" on a draft); `reason` is why an article was
 * sent back or taken down, shown to its author; `history` lists the transitions. Whoever may edit
 * the post may read and write it.
 *
 * `newsroom_version` counts saves, so the app can tell two saves within the same second apart
 * (modified_gmt has one-second resolution). Read-only over REST.
 */
add_action('init', function () {
	register_post_meta('post', 'newsroom_workflow', array(
		'type' => 'string',
		'single' => true,
		'default' => '',
		'show_in_rest' => true,
		'auth_callback' => function ($allowed, $meta_key, $post_id) {
			return current_user_can('edit_post', $post_id);
		},
	));
	register_post_meta('post', 'newsroom_version', array(
		'type' => 'integer',
		'single' => true,
		'default' => 0,
		'show_in_rest' => true,
		'auth_callback' => '__return_false',
	));
	// Lets clients detect the companion in the REST index (`namespaces`).
	add_action('rest_api_init', function () {
		register_rest_route('newsroom/v1', '/companion', array(
			'methods' => 'GET',
			'permission_callback' => '__return_true',
			'callback' => function () {
				return array('version' => 1, 'workflow' => true);
			},
		));
	});
});

add_action('save_post_post', function ($post_id) {
	update_post_meta($post_id, 'newsroom_version', 1 + (int) get_post_meta($post_id, 'newsroom_version', true));
});

/*
 * Listing by the newsroom's statuses: `?newsroom_status=approved,in_review` on wp/v2/posts. Two of
 * them share a WordPress status, so the stage is kept in its own meta key for the query.
 */
function newsroom_sync_stage($meta_id, $post_id, $meta_key, $value) {
	if ('newsroom_workflow' !== $meta_key) {
		return;
	}
	$workflow = json_decode(is_string($value) ? $value : '', true);
	update_post_meta($post_id, 'newsroom_stage', is_array($workflow) && !empty($workflow['stage']) ? $workflow['stage'] : '');
}
add_action('added_post_meta', 'newsroom_sync_stage', 10, 4);
add_action('updated_post_meta', 'newsroom_sync_stage', 10, 4);

add_filter('rest_post_query', function ($args, $request) {
	$wanted = $request->get_param('newsroom_status');
	if (is_string($wanted) && '' !== $wanted) {
		$args['newsroom_status'] = array_values(array_intersect(explode(',', $wanted),
			array('draft', 'changes_requested', 'in_review', 'approved', 'scheduled', 'published', 'unpublished')));
	}
	return $args;
}, 10, 2);

add_filter('posts_clauses', function ($clauses, $query) {
	global $wpdb;
	$wanted = $query->get('newsroom_status');
	if (empty($wanted) || !is_array($wanted)) {
		return $clauses;
	}
	$status = "{$wpdb->posts}.post_status";
	$stage = "COALESCE(newsroom_stage.meta_value, '')";
	$sql = array(
		'draft' => "($status = 'draft' AND $stage <> 'changes_requested')",
		'changes_requested' => "($status = 'draft' AND $stage = 'changes_requested')",
		'in_review' => "($status = 'pending' AND $stage <> 'approved')",
		'approved' => "($status = 'pending' AND $stage = 'approved')",
		'scheduled' => "($status = 'future')",
		'published' => "($status = 'publish')",
		'unpublished' => "($status = 'private')",
	);
	$clauses['join'] .= " LEFT JOIN {$wpdb->postmeta} AS newsroom_stage ON (newsroom_stage.post_id = {$wpdb->posts}.ID AND newsroom_stage.meta_key = 'newsroom_stage')";
	$clauses['where'] .= ' AND (' . implode(' OR ', array_map(function ($s) use ($sql) { return $sql[$s]; }, $wanted)) . ')';
	return $clauses;
}, 10, 2);
