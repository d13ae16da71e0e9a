"""What an error report shows of a request: never an email posted with it, even with DEBUG.

``make run`` runs with ``DEBUG``, whose error page shows whoever made the
request its POST data and each frame's local variables; with ``DEBUG`` off
the same report goes to the logs and the admins' mail. Here both hide the
secrets Django's safe filter hides (settings named like keys and
passwords, ``sensitive_variables``, ``sensitive_post_parameters``) whatever
``DEBUG`` says, every POST field named ``email``, and every local variable
that holds a posted address.
"""

from django.views.debug import SafeExceptionReporterFilter


class ErrorReportFilter(SafeExceptionReporterFilter):
    def is_active(self, request) -> bool:
        return True

    def get_post_parameters(self, request):
        parameters = super().get_post_parameters(request)
        if "email" in parameters:
            parameters = parameters.copy()
            parameters["email"] = self.cleansed_substitute
        return parameters

    def get_traceback_frame_variables(self, request, tb_frame):
        variables = super().get_traceback_frame_variables(request, tb_frame)
        posted = request.POST.getlist("email") if request is not None else []
        emails = [email.strip().lower() for email in posted if email.strip()]
        if not emails:
            return variables
        return [
            (name, self.cleansed_substitute if _holds(value, emails) else value)
            for name, value in variables
        ]


def _holds(value, emails: list[str]) -> bool:
    try:
        shown = repr(value).lower()
    except Exception:  # a value that cannot be shown is not shown
        return True
    return any(email in shown for email in emails)
