-- A translation keeps the source text (title and body in the source language) it was made from, as it
-- was when the translation was saved, so the editor can show word by word what changed in the source
-- since. Translations saved before this have none (NULL): the editor then shows the whole source.
ALTER TABLE info_translation ADD COLUMN source_title VARCHAR(200);
ALTER TABLE info_translation ADD COLUMN source_body VARCHAR(60000);
