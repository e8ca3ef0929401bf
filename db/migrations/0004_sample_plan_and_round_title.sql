ALTER TABLE `inspection` ADD `title` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `plan` ADD `is_sample` integer DEFAULT false NOT NULL;