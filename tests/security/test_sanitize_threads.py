"""Sanitizing from many threads at once gives what one thread gives.

A bleach cleaner keeps its parser's state while it cleans; shared between
threads (a threaded server, the task worker's threads) it mixed documents.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

from articles.sanitize import sanitize_article_html
from comments.sanitize import sanitize_comment
from portal.html_cleaner import build_cleaner

THREADS = 8
ROUNDS = 150

COMMENTS = [
    f"Komentar nomor {n}\n\nParagraf kedua <em>penting</em> <script>x()</script> "
    f"lihat https://contoh.example/{n} <a href='javascript:alert({n})'>klik</a>"
    for n in range(THREADS)
]
BODIES = [
    f"<p>Paragraf {n} <strong>tebal</strong></p><blockquote>kutipan {n}</blockquote>"
    f"<iframe src='//x.example'></iframe><p onclick='x()'>akhir {n}</p>"
    for n in range(THREADS)
]


def _in_threads(function, inputs):
    """Each input cleaned ROUNDS times, all threads at once; the outputs seen per input."""
    start = threading.Barrier(len(inputs))

    def work(text):
        start.wait()
        return {function(text) for _ in range(ROUNDS)}

    with ThreadPoolExecutor(max_workers=len(inputs)) as pool:
        return list(pool.map(work, inputs))


def test_comments_sanitized_in_parallel_threads_come_out_as_in_one():
    expected = [{sanitize_comment(text)} for text in COMMENTS]
    assert _in_threads(sanitize_comment, COMMENTS) == expected


def test_article_bodies_sanitized_in_parallel_threads_come_out_as_in_one():
    expected = [{sanitize_article_html(html)} for html in BODIES]
    assert _in_threads(sanitize_article_html, BODIES) == expected


def test_each_thread_keeps_a_parser_of_its_own():
    cleaner = build_cleaner(tags={"p"}, attributes={}, protocols={"https"})
    seen = {}
    start = threading.Barrier(4)

    def work(n):
        start.wait()
        first = cleaner._cleaner()
        assert cleaner.clean("<p>a<b>b</b></p>") == "<p>ab</p>"
        seen[n] = (first, cleaner._cleaner())

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(first is again for first, again in seen.values())
    assert len({id(first) for first, _ in seen.values()}) == 4
