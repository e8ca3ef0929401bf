CREATE TABLE `status_change` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`at` text NOT NULL,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	`action` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `item`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `status_change_item_idx` ON `status_change` (`item_id`,`at`,`id`);--> statement-breakpoint
ALTER TABLE `issued_document` ADD `plan_id` integer REFERENCES plan(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `issued_document` ADD `request_key` text;--> statement-breakpoint
ALTER TABLE `issued_document` ADD `batch` text;--> statement-breakpoint
ALTER TABLE `issued_document` ADD `document` text;--> statement-breakpoint
ALTER TABLE `issued_document` ADD `format` text;--> statement-breakpoint
ALTER TABLE `issued_document` ADD `sha256` text;--> statement-breakpoint
ALTER TABLE `issued_document` ADD `voided_at` text;--> statement-breakpoint
ALTER TABLE `issued_document` ADD `voided_by` text;--> statement-breakpoint
ALTER TABLE `issued_document` ADD `void_reason` text;--> statement-breakpoint
CREATE INDEX `issued_document_request_idx` ON `issued_document` (`request_key`);--> statement-breakpoint
-- Status history of existing ledgers, recovered from the audit chain: every workflow transition ...
INSERT INTO `status_change` (`item_id`, `at`, `from_status`, `to_status`, `action`)
SELECT e.entity_id, e.at, json_extract(e.before, '$.status'), json_extract(e.after, '$.status'), substr(e.action, 6)
FROM audit_event e
WHERE e.entity = 'item' AND e.action IN ('item.start','item.submit','item.verify','item.return','item.resume','item.cancel') AND e.entity_id IN (SELECT id FROM item)
ORDER BY e.id;
--> statement-breakpoint
-- ... and the start implied by recording work on an item not started or returned: the first progress entry
-- after the item's latest explicit transition (or ever, when there was none).
INSERT INTO `status_change` (`item_id`, `at`, `from_status`, `to_status`, `action`)
SELECT p.entity_id, p.at, p.prior, 'in_progress', 'progress' FROM (
  SELECT e.id, e.entity_id, e.at,
    coalesce((SELECT json_extract(t.after, '$.status') FROM audit_event t
              WHERE t.entity = 'item' AND t.entity_id = e.entity_id AND t.id < e.id AND t.action IN ('item.start','item.submit','item.verify','item.return','item.resume','item.cancel')
              ORDER BY t.id DESC LIMIT 1), 'not_started') AS prior,
    coalesce((SELECT max(t.id) FROM audit_event t
              WHERE t.entity = 'item' AND t.entity_id = e.entity_id AND t.id < e.id AND t.action IN ('item.start','item.submit','item.verify','item.return','item.resume','item.cancel')), 0) AS since
  FROM audit_event e
  WHERE e.entity = 'item' AND e.action = 'progress.add' AND e.entity_id IN (SELECT id FROM item)
) p
WHERE p.prior IN ('not_started', 'returned')
  AND NOT EXISTS (SELECT 1 FROM audit_event q WHERE q.entity = 'item' AND q.entity_id = p.entity_id
                  AND q.action = 'progress.add' AND q.id < p.id AND q.id > p.since)
ORDER BY p.id;
