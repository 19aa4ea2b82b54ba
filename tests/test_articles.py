import pytest

from summarizer.articles import DecodingWarning, from_text, read_article
from summarizer.errors import InputError
from tests.conftest import SEEDS


def seed(prefix: str):
    return next(p for p in SEEDS if p.name.startswith(prefix))


def test_cleaning_strips_chrome_but_keeps_the_story():
    a = read_article(seed("004"))
    assert "Advertisement" not in a.cleaned
    assert "كافة حقوق" not in a.cleaned and "Copyrights infringements" not in a.cleaned
    assert "\nsecurity\n" not in a.cleaned  # the one-word-per-line heading
    assert "Maria Zakharova said in a statement" in a.cleaned
    assert "essentially ready" in a.cleaned


def test_cleaning_drops_comment_prompts_and_author_box():
    assert "Bookmark popover" not in read_article(seed("000")).cleaned
    cleaned = read_article(seed("003")).cleaned
    assert "Ashley Davis" not in cleaned and "Leave a Reply" not in cleaned and "Photo: Profimedia" not in cleaned
    assert cleaned.rstrip().endswith("over the weekend.")


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_sentences_slice_the_original_text(path):
    a = read_article(path)
    assert a.sentences
    for start, end in a.sentences:
        piece = a.text[start:end]
        assert piece and piece == piece.strip() and piece in a.cleaned


@pytest.mark.parametrize("data,match", [
    (b"", "empty"),
    (b"   \n\t \n", "empty"),
    (b"\x00\x01\x02GGUF\x00binary" * 20, "binary"),
])
def test_bad_files_give_one_clear_error(tmp_path, data, match):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=match):
        read_article(path)


def test_whitespace_only_text_is_refused():
    with pytest.raises(InputError, match="whitespace"):
        from_text("  \n \n")


def test_non_utf8_is_decoded_with_a_warning(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Talks in Genève resumed on Monday between the two delegations.".encode("latin-1"))
    with pytest.warns(DecodingWarning, match="not valid UTF-8"):
        a = read_article(path)
    assert "Gen\ufffdve" in a.text and a.warnings


def test_directory_and_missing_path_say_what_to_do(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "missing.txt")
