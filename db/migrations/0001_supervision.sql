CREATE TABLE `attachment` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`progress_entry_id` integer,
	`original_name` text NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`mime` text NOT NULL,
	`added_by` text NOT NULL,
	`added_at` text NOT NULL,
	`removed_at` text,
	`removed_by` text,
	FOREIGN KEY (`item_id`) REFERENCES `item`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`progress_entry_id`) REFERENCES `progress_entry`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `attachment_item_idx` ON `attachment` (`item_id`);--> statement-breakpoint
CREATE INDEX `attachment_sha_idx` ON `attachment` (`sha256`);--> statement-breakpoint
CREATE TABLE `finding` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`inspection_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`assessment` text NOT NULL,
	`problem` text DEFAULT '' NOT NULL,
	`requirement` text DEFAULT '' NOT NULL,
	`rectify_by` text,
	`rectification` text DEFAULT '' NOT NULL,
	`closed_at` text,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspection`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `item`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `finding_item_idx` ON `finding` (`item_id`);--> statement-breakpoint
CREATE INDEX `finding_inspection_idx` ON `finding` (`inspection_id`);--> statement-breakpoint
CREATE TABLE `inspection` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`month` integer NOT NULL,
	`date` text NOT NULL,
	`inspector` text NOT NULL,
	`scope` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `inspection_plan_idx` ON `inspection` (`plan_id`,`month`);--> statement-breakpoint
CREATE TABLE `issued_document` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`number` integer NOT NULL,
	`item_id` integer,
	`person_id` integer,
	`title` text DEFAULT '' NOT NULL,
	`issued_by` text NOT NULL,
	`issued_at` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `item`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`person_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `issued_document_number_uq` ON `issued_document` (`kind`,`year`,`number`);--> statement-breakpoint
CREATE TABLE `postponement` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`previous_due_date` text NOT NULL,
	`requested_due_date` text NOT NULL,
	`reason` text NOT NULL,
	`requested_by` text NOT NULL,
	`requested_at` text NOT NULL,
	`decision` text DEFAULT 'pending' NOT NULL,
	`decision_comment` text DEFAULT '' NOT NULL,
	`decided_by` text,
	`decided_at` text,
	FOREIGN KEY (`item_id`) REFERENCES `item`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `postponement_item_idx` ON `postponement` (`item_id`);--> statement-breakpoint
CREATE TABLE `progress_entry` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`date` text NOT NULL,
	`text` text NOT NULL,
	`percent` integer,
	`user_id` integer,
	`author` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `item`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `progress_item_idx` ON `progress_entry` (`item_id`,`date`,`id`);--> statement-breakpoint
CREATE TABLE `verification` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`decision` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`user_id` integer,
	`actor` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `item`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `verification_item_idx` ON `verification` (`item_id`);--> statement-breakpoint
ALTER TABLE `item` ADD `status_note` text;