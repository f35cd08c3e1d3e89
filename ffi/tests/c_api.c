/*
 * The C ABI as a C program uses it. Built and run by tests/c_api.rs (also under valgrind).
 *
 *   c_api selftest                     API checks, errors, and threads sharing one redactor
 *   c_api parity POLICY IN OUT         redacts every record of IN (see below) with the
 *                                      policy file POLICY ("-" for the default) into OUT
 *
 * IN holds records as "<byte length>\n<bytes>\n". OUT gets, per record,
 * "T <length>\n<redacted bytes>\n" and "F <count>\n", then one "<start> <end> <label>
 * <score as IEEE-754 bits in hex>\n" per finding; a record that fails gets "E <status>\n".
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "voxredact.h"

static int passed, failed;

#define CHECK(cond)                                                           \
    do {                                                                      \
        if (cond) {                                                           \
            passed++;                                                         \
        } else {                                                              \
            failed++;                                                         \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                   \
        }                                                                     \
    } while (0)

static vr_status redact_str(const vr_redactor *r, const char *text, vr_result **out) {
    return vr_redact(r, (const uint8_t *)text, strlen(text), out);
}

/* The result's text as a NUL-terminated string ("" if none). */
static const char *text_of(const vr_result *res) {
    size_t n = 0;
    const uint8_t *t = vr_result_text(res, &n);
    return t ? (const char *)t : "";
}

static vr_finding finding_of(const vr_result *res, size_t i) {
    vr_finding f;
    memset(&f, 0, sizeof f);
    vr_status s = vr_result_finding(res, i, &f);
    CHECK(s == VR_OK);
    return f;
}

/* This thread's last error, in a static-per-call buffer owned by the caller. */
static const char *last_error(char *buf, size_t len) {
    vr_last_error(buf, len);
    return buf;
}

static void test_version(void) {
    const char *v = vr_version();
    CHECK(v != NULL && strlen(v) >= 5 && strchr(v, '.') != NULL);
}

static void test_redact_and_detect(void) {
    vr_redactor *r = NULL;
    CHECK(vr_redactor_new(NULL, 0, &r) == VR_OK && r != NULL);

    vr_result *res = NULL;
    CHECK(redact_str(r, "call me at five five five oh one four three", &res) == VR_OK);
    CHECK(strcmp(text_of(res), "call me at [PHONE]") == 0);
    size_t n = 99;
    CHECK(vr_result_text(res, &n) != NULL && n == strlen("call me at [PHONE]"));
    CHECK(vr_result_text(res, NULL) != NULL);
    CHECK(vr_result_finding_count(res) == 1);
    vr_finding f = finding_of(res, 0);
    CHECK(f.start == 11 && f.end == 43 && strcmp(f.label, "PHONE") == 0);
    CHECK(f.score > 0.5f && f.score <= 1.0f);
    vr_result_free(res);

    /* Offsets are bytes, also after multi-byte characters. */
    const char *text = "Jos\xc3\xa9 \xf0\x9f\x8e\x89 call 555-867-5309 please";
    CHECK(redact_str(r, text, &res) == VR_OK);
    CHECK(vr_result_finding_count(res) == 2);
    f = finding_of(res, 0);
    CHECK(f.start == 0 && f.end == 5 && strcmp(f.label, "PERSON") == 0);
    f = finding_of(res, 1);
    CHECK(f.end - f.start == 12 && memcmp(text + f.start, "555-867-5309", 12) == 0);
    CHECK(strcmp(text_of(res), "[PERSON] \xf0\x9f\x8e\x89 call [PHONE] please") == 0);
    vr_result_free(res);

    /* Detect: the same findings, no text. */
    CHECK(vr_detect(r, (const uint8_t *)text, strlen(text), &res) == VR_OK);
    n = 99;
    CHECK(vr_result_text(res, &n) == NULL && n == 0);
    CHECK(vr_result_finding_count(res) == 2);
    CHECK(finding_of(res, 1).start == f.start);
    vr_result_free(res);

    /* An empty text, also as NULL with length 0. */
    CHECK(vr_redact(r, (const uint8_t *)"", 0, &res) == VR_OK);
    CHECK(strcmp(text_of(res), "") == 0 && vr_result_finding_count(res) == 0);
    vr_result_free(res);
    CHECK(vr_redact(r, NULL, 0, &res) == VR_OK && res != NULL);
    vr_result_free(res);

    /* Embedded NULs are text like any other byte. */
    const char with_nul[] = "a\0b call 555-867-5309";
    CHECK(vr_redact(r, (const uint8_t *)with_nul, sizeof with_nul - 1, &res) == VR_OK);
    CHECK(vr_result_text(res, &n) != NULL && n == strlen("a") + 1 + strlen("b call [PHONE]"));
    vr_result_free(res);

    vr_redactor_free(r);
}

static void test_errors(void) {
    char buf[512];
    vr_redactor *r = NULL;
    vr_result *res = (vr_result *)&res; /* must come back NULL */
    CHECK(vr_redactor_new(NULL, 0, &r) == VR_OK);

    /* Invalid UTF-8: refused, nothing returned, and the message quotes no text. */
    const char *bad = "call 555-867-5309 \xff\xfe now";
    CHECK(redact_str(r, bad, &res) == VR_INVALID_UTF8 && res == NULL);
    CHECK(strstr(last_error(buf, sizeof buf), "UTF-8") != NULL);
    CHECK(strstr(buf, "555") == NULL && strstr(buf, "call") == NULL);
    res = (vr_result *)&res;
    CHECK(vr_detect(r, (const uint8_t *)bad, strlen(bad), &res) == VR_INVALID_UTF8 && res == NULL);

    /* NULL pointers. */
    CHECK(redact_str(NULL, "x", &res) == VR_INVALID_ARGUMENT && res == NULL);
    CHECK(strstr(last_error(buf, sizeof buf), "redactor is NULL") != NULL);
    CHECK(redact_str(r, "x", NULL) == VR_INVALID_ARGUMENT);
    CHECK(vr_redact(r, NULL, 5, &res) == VR_INVALID_ARGUMENT && res == NULL);
    CHECK(vr_redact(r, (const uint8_t *)"x", SIZE_MAX, &res) == VR_INVALID_ARGUMENT);
    vr_redactor *none = (vr_redactor *)&none; /* must come back NULL */
    CHECK(vr_redactor_new(NULL, 0, NULL) == VR_INVALID_ARGUMENT);
    CHECK(vr_redactor_new(NULL, 3, &none) == VR_INVALID_ARGUMENT && none == NULL);
    CHECK(vr_result_finding_count(NULL) == 0);
    size_t n = 7;
    CHECK(vr_result_text(NULL, &n) == NULL && n == 0);
    vr_finding f;
    CHECK(vr_result_finding(NULL, 0, &f) == VR_INVALID_ARGUMENT);
    vr_redactor_free(NULL);
    vr_result_free(NULL);

    /* A success clears the message. */
    CHECK(vr_redact(r, NULL, 0, &res) == VR_OK);
    vr_result_free(res);
    CHECK(vr_last_error(NULL, 0) == 0);
    CHECK(redact_str(r, "call 555-867-5309", &res) == VR_OK);
    CHECK(vr_result_finding(res, 1, &f) == VR_INVALID_ARGUMENT);
    CHECK(strstr(last_error(buf, sizeof buf), "out of range") != NULL);
    CHECK(vr_result_finding(res, 0, NULL) == VR_INVALID_ARGUMENT);
    vr_result_free(res);

    /* vr_last_error sizes and cuts like snprintf. */
    CHECK(vr_redact(r, NULL, 5, &res) == VR_INVALID_ARGUMENT);
    size_t full = vr_last_error(NULL, 0);
    char small[8];
    memset(small, 'x', sizeof small);
    CHECK(vr_last_error(small, sizeof small) == full && full > 7);
    CHECK(strlen(small) == 7);
    vr_redactor_free(r);

    /* Policies: invalid ones fail closed with a message that names the field. */
    const char *bad_policy = "[kinds.PHONE]\nmin_score = 1.5\n";
    r = (vr_redactor *)&r;
    CHECK(vr_redactor_new(bad_policy, strlen(bad_policy), &r) == VR_INVALID_POLICY && r == NULL);
    CHECK(strstr(last_error(buf, sizeof buf), "kinds.PHONE.min_score") != NULL);
    const char *bad_json = "{\"kinds\": 3}";
    CHECK(vr_redactor_new(bad_json, strlen(bad_json), &r) == VR_INVALID_POLICY);
    CHECK(vr_redactor_new("\xff", 1, &r) == VR_INVALID_UTF8 && r == NULL);
}

static void test_policies_and_keys(void) {
    char buf[512];
    vr_redactor *r = NULL;
    vr_result *res = NULL;

    const char *json = "{\"kinds\": {\"PHONE\": {\"operator\": \"partial\", \"keep_last\": 4}}}";
    CHECK(vr_redactor_new(json, strlen(json), &r) == VR_OK);
    CHECK(redact_str(r, "call 555-867-5309", &res) == VR_OK);
    CHECK(strcmp(text_of(res), "call ***-***-5309") == 0);
    vr_result_free(res);
    vr_redactor_free(r);

    const char *toml = "mask_char = \"#\"\n[kinds.PHONE]\noperator = \"mask\"\n";
    CHECK(vr_redactor_new(toml, strlen(toml), &r) == VR_OK);
    CHECK(redact_str(r, "call 555-867-5309", &res) == VR_OK);
    CHECK(strcmp(text_of(res), "call ###-###-####") == 0);
    vr_result_free(res);
    vr_redactor_free(r);

    /* Pseudonyms need a key of at least 16 bytes. */
    const char *pseudo = "[kinds.PHONE]\noperator = \"pseudonym\"\n";
    r = (vr_redactor *)&r;
    CHECK(vr_redactor_new(pseudo, strlen(pseudo), &r) == VR_INVALID_KEY && r == NULL);
    CHECK(strstr(last_error(buf, sizeof buf), "vr_redactor_new_with_key") != NULL);
    const uint8_t key[] = "a secret key of 32 bytes or so..";
    CHECK(vr_redactor_new_with_key(pseudo, strlen(pseudo), key, 8, &r) == VR_INVALID_KEY);
    CHECK(vr_redactor_new_with_key(pseudo, strlen(pseudo), NULL, 8, &r) == VR_INVALID_ARGUMENT);
    CHECK(vr_redactor_new_with_key(pseudo, strlen(pseudo), key, 32, &r) == VR_OK);
    vr_result *spoken = NULL;
    CHECK(redact_str(r, "call 555-867-5309", &res) == VR_OK);
    CHECK(redact_str(r, "call five five five eight six seven five three oh nine", &spoken) == VR_OK);
    CHECK(strncmp(text_of(res), "call [PHONE_", 12) == 0);
    CHECK(strcmp(text_of(res), text_of(spoken)) == 0);
    vr_result_free(spoken);
    vr_result_free(res);
    vr_redactor_free(r);
}

/* Several threads share one redactor; each checks every output and its own last error. */
enum { THREADS = 8, ROUNDS = 150 };

static const char *const thread_texts[] = {
    "hi it's me my new cell is two one two double five five oh one nine nine call me",
    "This message is for the patient born oh three oh three nineteen eighty two.",
    "Your balance is due on 12/15. Call 1-800-555-0199, ext. 204, Monday to Friday.",
    "my social is 123-45-6789 and my email is john dot smith at gmail dot com",
    "Jos\xc3\xa9 here, r\xc3\xa9sum\xc3\xa9 attached \xf0\x9f\x8e\x89 call 555-867-5309",
    "nothing to see here, just a plain message about lunch on tuesday",
};
enum { TEXTS = sizeof thread_texts / sizeof thread_texts[0] };

struct shared {
    const vr_redactor *r;
    char *expected[TEXTS];
    size_t expected_count[TEXTS];
};

struct job {
    struct shared *shared;
    int id;
    int failures;
};

static void *worker(void *arg) {
    struct job *job = arg;
    const struct shared *sh = job->shared;
    char buf[256];
    for (int round = 0; round < ROUNDS; round++) {
        size_t i = (size_t)(round + job->id) % TEXTS;
        vr_result *res = NULL;
        if (redact_str(sh->r, thread_texts[i], &res) != VR_OK) {
            job->failures++;
            continue;
        }
        if (strcmp(text_of(res), sh->expected[i]) != 0 ||
            vr_result_finding_count(res) != sh->expected_count[i]) {
            job->failures++;
        }
        vr_result_free(res);
        if (round % 10 == job->id % 10) {
            /* An error here is this thread's alone. */
            if (vr_redact(sh->r, (const uint8_t *)"\xff", 1, &res) != VR_INVALID_UTF8 ||
                strstr(last_error(buf, sizeof buf), "UTF-8") == NULL) {
                job->failures++;
            }
        }
    }
    return NULL;
}

static void test_threads(void) {
    struct shared sh;
    vr_redactor *r = NULL;
    CHECK(vr_redactor_new(NULL, 0, &r) == VR_OK);
    sh.r = r;
    for (size_t i = 0; i < TEXTS; i++) {
        vr_result *res = NULL;
        CHECK(redact_str(r, thread_texts[i], &res) == VR_OK);
        size_t n = 0;
        const uint8_t *t = vr_result_text(res, &n);
        sh.expected[i] = malloc(n + 1);
        memcpy(sh.expected[i], t, n + 1);
        sh.expected_count[i] = vr_result_finding_count(res);
        vr_result_free(res);
    }
    CHECK(sh.expected_count[0] == 1 && sh.expected_count[5] == 0);

    /* This thread's error must survive what the workers do. */
    CHECK(vr_redactor_new(NULL, 7, NULL) == VR_INVALID_ARGUMENT);
    size_t mine = vr_last_error(NULL, 0);

    pthread_t tids[THREADS];
    struct job jobs[THREADS];
    for (int t = 0; t < THREADS; t++) {
        jobs[t].shared = &sh;
        jobs[t].id = t;
        jobs[t].failures = 0;
        CHECK(pthread_create(&tids[t], NULL, worker, &jobs[t]) == 0);
    }
    for (int t = 0; t < THREADS; t++) {
        CHECK(pthread_join(tids[t], NULL) == 0);
        CHECK(jobs[t].failures == 0);
    }
    CHECK(vr_last_error(NULL, 0) == mine && mine > 0);
    for (size_t i = 0; i < TEXTS; i++) {
        free(sh.expected[i]);
    }
    vr_redactor_free(r);
}

static int selftest(void) {
    test_version();
    test_redact_and_detect();
    test_errors();
    test_policies_and_keys();
    test_threads();
    printf("c_api selftest: %d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}

/* Reads a whole file; NULL on error. */
static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *bigger = realloc(buf, cap *= 2);
            if (!bigger) {
                free(buf);
            }
            buf = bigger;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

static int parity(const char *policy_path, const char *in_path, const char *out_path) {
    char err[512];
    size_t policy_len = 0, in_len = 0;
    char *policy = NULL;
    if (strcmp(policy_path, "-") != 0 && !(policy = read_file(policy_path, &policy_len))) {
        fprintf(stderr, "cannot read %s\n", policy_path);
        return 2;
    }
    vr_redactor *r = NULL;
    vr_status s = vr_redactor_new(policy, policy_len, &r);
    free(policy);
    if (s != VR_OK) {
        fprintf(stderr, "policy: %s\n", last_error(err, sizeof err));
        return 2;
    }
    char *in = read_file(in_path, &in_len);
    FILE *out = fopen(out_path, "wb");
    if (!in || !out) {
        fprintf(stderr, "cannot open the input or the output\n");
        return 2;
    }
    size_t pos = 0;
    int status = 0;
    while (pos < in_len) {
        char *end = NULL;
        size_t len = strtoul(in + pos, &end, 10);
        if (!end || *end != '\n' || (size_t)(end - in) + 1 + len > in_len) {
            fprintf(stderr, "malformed input at byte %zu\n", pos);
            status = 2;
            break;
        }
        const uint8_t *text = (const uint8_t *)end + 1;
        pos = (size_t)(end - in) + 1 + len + 1;
        vr_result *res = NULL;
        s = vr_redact(r, text, len, &res);
        if (s != VR_OK) {
            fprintf(out, "E %d\n", (int)s);
            continue;
        }
        size_t n = 0;
        const uint8_t *t = vr_result_text(res, &n);
        fprintf(out, "T %zu\n", n);
        fwrite(t, 1, n, out);
        size_t count = vr_result_finding_count(res);
        fprintf(out, "\nF %zu\n", count);
        for (size_t i = 0; i < count; i++) {
            vr_finding f = finding_of(res, i);
            uint32_t bits;
            memcpy(&bits, &f.score, sizeof bits);
            fprintf(out, "%zu %zu %s %08x\n", f.start, f.end, f.label, (unsigned)bits);
        }
        vr_result_free(res);
    }
    free(in);
    vr_redactor_free(r);
    if (fclose(out) != 0) {
        status = 2;
    }
    return failed ? 1 : status;
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "selftest") == 0) {
        return selftest();
    }
    if (argc == 5 && strcmp(argv[1], "parity") == 0) {
        return parity(argv[2], argv[3], argv[4]);
    }
    fprintf(stderr, "usage: %s selftest | parity POLICY|- IN OUT\n", argv[0]);
    return 2;
}
