-- Form templates are sync records of type form_template (so every device pulls them); one formId and version
-- names one template for good: a second publication with other content is refused, and this index makes sure
-- no race lets two in. It is also how the push check finds the template an application names.
CREATE UNIQUE INDEX sync_form_templates_by_version ON sync_records (county_code, (fields ->> 'formId'),
    (fields ->> 'version')) WHERE type = 'form_template';
