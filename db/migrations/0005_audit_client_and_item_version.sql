ALTER TABLE `audit_event` ADD `client` text;--> statement-breakpoint
ALTER TABLE `item` ADD `version` integer DEFAULT 1 NOT NULL;