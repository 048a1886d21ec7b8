<?php
/* Written by scripts/wp/start.sh for the local test harness; rewritten on every start. */
define('DB_NAME', 'wp_harness');
define('DB_USER', 'wp_harness');
define('DB_PASSWORD', '@DB_PASS@');
define('DB_HOST', '127.0.0.1:@DB_PORT@');
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', '@BASE_URL@');
define('WP_SITEURL', '@BASE_URL@');

/* Application passwords over plain http on loopback (6.1 wants https or a local environment). */
define('WP_ENVIRONMENT_TYPE', 'local');
/* No internet here: fail fast instead of waiting on update checks. */
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISALLOW_FILE_MODS', true);
define('WP_DEBUG', false);

/* The harness's must-use plugin lives in the project, not in /var/lib/wordpress. */
define('WPMU_PLUGIN_DIR', '@MU_DIR@');
define('WPMU_PLUGIN_URL', '@BASE_URL@/wp-content/mu-plugins');

define('AUTH_KEY', 'auth-@SALT@');
define('SECURE_AUTH_KEY', 'secure-auth-@SALT@');
define('LOGGED_IN_KEY', 'logged-in-@SALT@');
define('NONCE_KEY', 'nonce-@SALT@');
define('AUTH_SALT', 'auth-salt-@SALT@');
define('SECURE_AUTH_SALT', 'secure-auth-salt-@SALT@');
define('LOGGED_IN_SALT', 'logged-in-salt-@SALT@');
define('NONCE_SALT', 'nonce-salt-@SALT@');

/* The companion mu-plugin's switches. */
define('NEWSROOM_APP_PASSWORDS_OVER_HTTP', true);
define('NEWSROOM_CORS_ORIGINS', 'http://127.0.0.1:4173,http://127.0.0.1:5173,http://127.0.0.1:4191,http://localhost:4173,http://localhost:5173');
if (getenv('STRICT_AUTH_ERRORS')) {
	define('NEWSROOM_STRICT_AUTH_ERRORS', true);
}
