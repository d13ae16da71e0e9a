"""The article body's rich-text editor in the admin (django-prose-editor).

``forms.ArticleAdminForm`` puts the editor on ``Article.body``; what the
editor can hold (``schema``), when a submitted body is the stored one
unchanged (``equivalence``) and how pasted office HTML is tidied
(``paste``) each live in their own module. bleach (``articles.sanitize``)
stays the sanitizer: everything the editor sends is cleaned again on save.
"""
