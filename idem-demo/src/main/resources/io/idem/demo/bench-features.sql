-- The 50 features of idem-bench.yaml written by hand, for 'idem bench identify', which times this
-- query against Idem's identify stage and compares every value. Runs on DuckDB and PostgreSQL.
-- The one parameter is the as-of date. A window of N days ending on date E covers E - N < d <= E.
-- Distinct counts go through rollups: one row per (account, user), (account, feature) or
-- (account, day) with the latest date of each window end, counted per account.
WITH p AS (SELECT CAST(? AS DATE) AS d),
usage_direct AS (
  SELECT u.account_id,
    COUNT(*) FILTER (WHERE u.event_date > p.d - 7) AS events_7d,
    COUNT(*) FILTER (WHERE u.event_date > p.d - 30) AS events_30d,
    COUNT(*) FILTER (WHERE u.event_date > p.d - 90) AS events_90d,
    SUM(u.count) FILTER (WHERE u.event_date > p.d - 7) AS usage_7d,
    SUM(u.count) FILTER (WHERE u.event_date > p.d - 30) AS usage_30d,
    SUM(u.count) FILTER (WHERE u.event_date > p.d - 60 AND u.event_date <= p.d - 30) AS usage_prev_30d,
    SUM(u.count) FILTER (WHERE u.event_date > p.d - 90) AS usage_90d,
    SUM(u.count) FILTER (WHERE u.event_date > p.d - 180 AND u.event_date <= p.d - 90) AS usage_prev_90d,
    SUM(u.count) FILTER (WHERE u.event_date > p.d - 30 AND u.feature IN ('reports', 'advanced_analytics')) AS analytics_usage_30d,
    SUM(u.count) FILTER (WHERE u.event_date > p.d - 30 AND u.feature IN ('integrations', 'api')) AS integration_usage_30d,
    COUNT(*) FILTER (WHERE u.event_date > p.d - 90 AND u.feature = 'automations') AS automation_events_90d,
    COUNT(*) FILTER (WHERE u.event_date > p.d - 90 AND u.feature IN ('audit_log', 'sso')) AS admin_events_90d,
    MAX(u.count) FILTER (WHERE u.event_date > p.d - 30) AS max_uses_30d,
    MAX(u.event_date) AS last_use,
    MIN(u.event_date) AS first_use,
    MAX(u.event_date) FILTER (WHERE u.feature = 'api') AS last_api_use
  FROM src_usage u CROSS JOIN p
  WHERE u.event_date <= p.d
  GROUP BY u.account_id
),
user_rollup AS (
  SELECT u.account_id,
    MAX(u.event_date) AS last_seen,
    MAX(u.event_date) FILTER (WHERE u.event_date <= p.d - 30) AS last_seen_by_30d_ago,
    MAX(u.event_date) FILTER (WHERE u.feature IN ('reports', 'advanced_analytics')) AS last_report,
    MAX(u.event_date) FILTER (WHERE u.feature = 'api') AS last_api
  FROM src_usage u CROSS JOIN p
  WHERE u.event_date <= p.d AND u.user_id IS NOT NULL
  GROUP BY u.account_id, u.user_id
),
users AS (
  SELECT r.account_id,
    COUNT(*) FILTER (WHERE r.last_seen > p.d - 7) AS active_users_7d,
    COUNT(*) FILTER (WHERE r.last_seen > p.d - 30) AS active_users_30d,
    COUNT(*) FILTER (WHERE r.last_seen_by_30d_ago > p.d - 60) AS active_users_prev_30d,
    COUNT(*) FILTER (WHERE r.last_seen > p.d - 90) AS active_users_90d,
    COUNT(*) AS users_ever,
    COUNT(*) FILTER (WHERE r.last_report > p.d - 30) AS report_users_30d,
    COUNT(*) FILTER (WHERE r.last_api > p.d - 30) AS api_users_30d
  FROM user_rollup r CROSS JOIN p
  GROUP BY r.account_id
),
feature_rollup AS (
  SELECT u.account_id,
    MAX(u.event_date) AS last_used,
    MAX(u.event_date) FILTER (WHERE u.event_date <= p.d - 30) AS last_used_by_30d_ago
  FROM src_usage u CROSS JOIN p
  WHERE u.event_date <= p.d AND u.event_date > p.d - 90 AND u.feature IS NOT NULL
  GROUP BY u.account_id, u.feature
),
features_used AS (
  SELECT r.account_id,
    COUNT(*) FILTER (WHERE r.last_used > p.d - 7) AS features_used_7d,
    COUNT(*) FILTER (WHERE r.last_used > p.d - 30) AS features_used_30d,
    COUNT(*) FILTER (WHERE r.last_used_by_30d_ago > p.d - 60) AS features_used_prev_30d,
    COUNT(*) AS features_used_90d
  FROM feature_rollup r CROSS JOIN p
  GROUP BY r.account_id
),
day_rollup AS (
  SELECT u.account_id, u.event_date
  FROM src_usage u CROSS JOIN p
  WHERE u.event_date <= p.d AND u.event_date > p.d - 90
  GROUP BY u.account_id, u.event_date
),
active_days AS (
  SELECT r.account_id,
    COUNT(*) FILTER (WHERE r.event_date > p.d - 30) AS active_days_30d,
    COUNT(*) AS active_days_90d
  FROM day_rollup r CROSS JOIN p
  GROUP BY r.account_id
),
subscription_values AS (
  SELECT s.account_id,
    SUM(s.mrr) FILTER (WHERE s.start_date <= p.d AND (s.end_date IS NULL OR s.end_date > p.d)) AS mrr_now,
    SUM(s.mrr) FILTER (WHERE s.start_date <= p.d - 90 AND (s.end_date IS NULL OR s.end_date > p.d - 90)) AS mrr_90d_ago,
    SUM(s.seats) FILTER (WHERE s.start_date <= p.d AND (s.end_date IS NULL OR s.end_date > p.d)) AS seats_now
  FROM src_subscriptions s CROSS JOIN p
  GROUP BY s.account_id
),
latest_plan AS (
  SELECT s.account_id, s.plan AS plan_now,
    ROW_NUMBER() OVER (PARTITION BY s.account_id ORDER BY s.start_date DESC, s._line DESC) AS position
  FROM src_subscriptions s CROSS JOIN p
  WHERE s.start_date <= p.d
),
latest_nps AS (
  SELECT r.account_id, r.score AS last_nps,
    ROW_NUMBER() OVER (PARTITION BY r.account_id ORDER BY r.responded_on DESC, r._line DESC) AS position
  FROM src_responses r CROSS JOIN p
  WHERE r.responded_on <= p.d AND r.survey = 'nps'
),
csat AS (
  SELECT r.account_id, AVG(CAST(r.score AS DOUBLE PRECISION)) AS avg_csat_90d
  FROM src_responses r CROSS JOIN p
  WHERE r.responded_on <= p.d AND r.responded_on > p.d - 90 AND r.survey = 'csat'
  GROUP BY r.account_id
),
ticket_counts AS (
  SELECT t.account_id,
    COUNT(*) AS tickets_90d,
    COUNT(*) FILTER (WHERE t.escalated) AS escalations_90d
  FROM src_tickets t CROSS JOIN p
  WHERE t.opened_on <= p.d AND t.opened_on > p.d - 90
  GROUP BY t.account_id
),
contacts AS (
  SELECT t.account_id,
    MAX(t.occurred_on) AS last_touchpoint,
    MAX(t.occurred_on) FILTER (WHERE t.type = 'qbr') AS last_qbr
  FROM src_touchpoints t CROSS JOIN p
  WHERE t.occurred_on <= p.d
  GROUP BY t.account_id
),
overdue AS (
  SELECT i.account_id, COUNT(*) AS overdue_invoices
  FROM src_invoices i CROSS JOIN p
  WHERE i.due_on <= p.d - 1 AND (i.paid_on IS NULL OR i.paid_on > p.d)
  GROUP BY i.account_id
),
aggregates AS (
  SELECT a.account_id,
    COALESCE(ud.events_7d, 0) AS events_7d,
    COALESCE(ud.events_30d, 0) AS events_30d,
    COALESCE(ud.events_90d, 0) AS events_90d,
    COALESCE(ud.usage_7d, 0) AS usage_7d,
    COALESCE(ud.usage_30d, 0) AS usage_30d,
    COALESCE(ud.usage_prev_30d, 0) AS usage_prev_30d,
    COALESCE(ud.usage_90d, 0) AS usage_90d,
    COALESCE(ud.usage_prev_90d, 0) AS usage_prev_90d,
    COALESCE(ud.analytics_usage_30d, 0) AS analytics_usage_30d,
    COALESCE(ud.integration_usage_30d, 0) AS integration_usage_30d,
    COALESCE(ud.automation_events_90d, 0) AS automation_events_90d,
    COALESCE(ud.admin_events_90d, 0) AS admin_events_90d,
    ud.max_uses_30d,
    p.d - ud.last_use AS days_since_last_use,
    p.d - ud.first_use AS days_since_first_use,
    p.d - ud.last_api_use AS days_since_api_use,
    COALESCE(us.active_users_7d, 0) AS active_users_7d,
    COALESCE(us.active_users_30d, 0) AS active_users_30d,
    COALESCE(us.active_users_prev_30d, 0) AS active_users_prev_30d,
    COALESCE(us.active_users_90d, 0) AS active_users_90d,
    COALESCE(us.users_ever, 0) AS users_ever,
    COALESCE(us.report_users_30d, 0) AS report_users_30d,
    COALESCE(us.api_users_30d, 0) AS api_users_30d,
    COALESCE(fu.features_used_7d, 0) AS features_used_7d,
    COALESCE(fu.features_used_30d, 0) AS features_used_30d,
    COALESCE(fu.features_used_prev_30d, 0) AS features_used_prev_30d,
    COALESCE(fu.features_used_90d, 0) AS features_used_90d,
    COALESCE(ad.active_days_30d, 0) AS active_days_30d,
    COALESCE(ad.active_days_90d, 0) AS active_days_90d,
    COALESCE(sv.mrr_now, 0) AS mrr_now,
    COALESCE(sv.mrr_90d_ago, 0) AS mrr_90d_ago,
    COALESCE(sv.seats_now, 0) AS seats_now,
    lp.plan_now,
    ln.last_nps,
    cs.avg_csat_90d,
    COALESCE(tc.tickets_90d, 0) AS tickets_90d,
    COALESCE(tc.escalations_90d, 0) AS escalations_90d,
    p.d - ct.last_touchpoint AS days_since_touchpoint,
    p.d - ct.last_qbr AS days_since_qbr,
    COALESCE(od.overdue_invoices, 0) AS overdue_invoices
  FROM src_accounts a
  CROSS JOIN p
  LEFT JOIN usage_direct ud ON ud.account_id = a.account_id
  LEFT JOIN users us ON us.account_id = a.account_id
  LEFT JOIN features_used fu ON fu.account_id = a.account_id
  LEFT JOIN active_days ad ON ad.account_id = a.account_id
  LEFT JOIN subscription_values sv ON sv.account_id = a.account_id
  LEFT JOIN latest_plan lp ON lp.account_id = a.account_id AND lp.position = 1
  LEFT JOIN latest_nps ln ON ln.account_id = a.account_id AND ln.position = 1
  LEFT JOIN csat cs ON cs.account_id = a.account_id
  LEFT JOIN ticket_counts tc ON tc.account_id = a.account_id
  LEFT JOIN contacts ct ON ct.account_id = a.account_id
  LEFT JOIN overdue od ON od.account_id = a.account_id
  WHERE a.account_id IS NOT NULL
)
SELECT g.*,
  CASE WHEN g.usage_prev_30d = 0 THEN NULL
    ELSE CAST(g.usage_30d - g.usage_prev_30d AS DOUBLE PRECISION) / g.usage_prev_30d END AS usage_change_30d,
  CASE WHEN g.usage_prev_90d = 0 THEN NULL
    ELSE CAST(g.usage_90d - g.usage_prev_90d AS DOUBLE PRECISION) / g.usage_prev_90d END AS usage_change_90d,
  CASE WHEN g.active_users_prev_30d = 0 THEN NULL
    ELSE CAST(g.active_users_30d - g.active_users_prev_30d AS DOUBLE PRECISION) / g.active_users_prev_30d END AS users_change_30d,
  CASE WHEN g.features_used_prev_30d = 0 THEN NULL
    ELSE CAST(g.features_used_30d - g.features_used_prev_30d AS DOUBLE PRECISION) / g.features_used_prev_30d END AS features_change_30d,
  CASE WHEN g.mrr_90d_ago = 0 THEN NULL
    ELSE (CAST(g.mrr_now AS DOUBLE PRECISION) - CAST(g.mrr_90d_ago AS DOUBLE PRECISION)) / CAST(g.mrr_90d_ago AS DOUBLE PRECISION)
  END AS mrr_change_90d,
  CASE WHEN g.seats_now = 0 THEN NULL ELSE CAST(g.active_users_30d AS DOUBLE PRECISION) / g.seats_now END AS seat_utilisation,
  CASE WHEN g.active_users_30d = 0 THEN NULL ELSE CAST(g.usage_30d AS DOUBLE PRECISION) / g.active_users_30d END AS uses_per_user_30d,
  CASE WHEN g.usage_30d = 0 THEN NULL ELSE CAST(g.usage_7d AS DOUBLE PRECISION) / g.usage_30d END AS weekly_share_30d,
  CASE WHEN g.usage_30d = 0 THEN NULL ELSE CAST(g.analytics_usage_30d AS DOUBLE PRECISION) / g.usage_30d END AS analytics_share_30d,
  CASE WHEN g.active_users_30d = 0 THEN NULL ELSE CAST(g.active_users_7d AS DOUBLE PRECISION) / g.active_users_30d END AS stickiness_30d
FROM aggregates g
