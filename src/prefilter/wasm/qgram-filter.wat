;; The multi-literal search of the q-gram filter (src/prefilter/qgram-filter.ts builds its tables).
;;
;; Every literal is at least 5 bytes long, so each occurrence holds two 4-byte windows that start
;; one byte apart, and one of them starts at an even distance from the search's start. The search
;; hashes the 4 bytes at every second position and reads one byte of a table: 0 (almost always)
;; means no literal can hold those 4 bytes at its registered window. Positions are
;; independent of each other, so the processor overlaps them, where a Wu–Manber skip loop waits on
;; each table read before it knows where to read next. (64 KiB is the filter for up to a few
;; thousand literals; a larger set gets a larger one, at the cost of cache misses.)
;;
;; Memory, as laid out by the JS side:
;;   [0, heads)         the filter: byte h is 1 when some registered window hashes to h
;;   [heads, +4×heads)  per hash, the address of its first entry (0: none)
;;   entries            24 bytes each: pattern address, pattern length, window offset in the
;;                      pattern, address of the next entry with the same hash (0: none), the
;;                      window's 4 bytes, and the literal's number
;;   patterns, hits     the literals' bytes, then room for the numbers lineHits writes
;;   text               the bytes searched
(module
  (memory (export "memory") 1)
  (global $heads (export "heads") (mut i32) (i32.const 65536))
  ;; 32 minus the hash's bits: the filter has 2^bits bytes
  (global $shift (export "shift") (mut i32) (i32.const 16))

  ;; Whether the `length` bytes at `a` equal those at `b`: 4 at a time, then one at a time.
  (func $equal (param $a i32) (param $b i32) (param $length i32) (result i32)
    (local $i i32)
    (block $words
      (loop $word
        (br_if $words (i32.gt_u (i32.add (local.get $i) (i32.const 4)) (local.get $length)))
        (if (i32.ne (i32.load (i32.add (local.get $a) (local.get $i))) (i32.load (i32.add (local.get $b) (local.get $i))))
          (then (return (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $word)))
    (block $differ
      (loop $next
        (if (i32.ge_u (local.get $i) (local.get $length)) (then (return (i32.const 1))))
        (br_if $differ (i32.ne (i32.load8_u (i32.add (local.get $a) (local.get $i)))
                               (i32.load8_u (i32.add (local.get $b) (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.const 0))

  ;; The literal of the entries from `entry` whose window, the 4 bytes `word`, starts at `at`,
  ;; wholly inside [from, to): its first byte's address, or -1. An entry whose window is another
  ;; (a hash collision) costs one compare.
  (func $literalAt (param $entry i32) (param $at i32) (param $word i32) (param $from i32) (param $to i32) (result i32)
    (local $start i32)
    (loop $next
      (if (i32.eqz (local.get $entry)) (then (return (i32.const -1))))
      (local.set $start (i32.sub (local.get $at) (i32.load offset=8 (local.get $entry))))
      (if (i32.and (i32.eq (i32.load offset=16 (local.get $entry)) (local.get $word))
                   (i32.and (i32.ge_u (local.get $start) (local.get $from))
                            (i32.le_u (i32.add (local.get $start) (i32.load offset=4 (local.get $entry))) (local.get $to))))
        (then
          (if (call $equal (local.get $start) (i32.load (local.get $entry)) (i32.load offset=4 (local.get $entry)))
            (then (return (local.get $start))))))
      (local.set $entry (i32.load offset=12 (local.get $entry)))
      (br $next))
    (i32.const -1))

  ;; The address of the first literal found in [from, to) by windows at from, from + 2, …: every
  ;; literal wholly inside the range is found, the one in the earliest line first. -1: none.
  (func (export "findFirst") (param $from i32) (param $to i32) (result i32)
    (local $at i32) (local $last i32) (local $word i32) (local $hash i32) (local $found i32)
    (local.set $at (local.get $from))
    (local.set $last (i32.sub (local.get $to) (i32.const 4)))
    (block $done
      (loop $next
        (br_if $done (i32.gt_s (local.get $at) (local.get $last)))
        (local.set $word (i32.load (local.get $at)))
        (local.set $hash (i32.shr_u (i32.mul (local.get $word) (i32.const 0x9E3779B1)) (global.get $shift)))
        (if (i32.load8_u (local.get $hash))
          (then
            (local.set $found (call $literalAt
              (i32.load (i32.add (global.get $heads) (i32.shl (local.get $hash) (i32.const 2))))
              (local.get $at) (local.get $word) (local.get $from) (local.get $to)))
            (if (i32.ge_s (local.get $found) (i32.const 0)) (then (return (local.get $found))))))
        (local.set $at (i32.add (local.get $at) (i32.const 2)))
        (br $next)))
    (i32.const -1))
;; The numbers of the literals wholly inside [from, to) (a line), written from `out`, 4 bytes
  ;; each, as they are found: a literal found twice is written twice. Returns how many, or -1 when
  ;; there are more than `max`. Every entry under a hit is checked, not only the first that matches.
  (func (export "lineHits") (param $from i32) (param $to i32) (param $out i32) (param $max i32) (result i32)
    (local $at i32) (local $last i32) (local $word i32) (local $hash i32) (local $entry i32) (local $start i32)
    (local $count i32)
    (local.set $at (local.get $from))
    (local.set $last (i32.sub (local.get $to) (i32.const 4)))
    (block $done
      (loop $next
        (br_if $done (i32.gt_s (local.get $at) (local.get $last)))
        (local.set $word (i32.load (local.get $at)))
        (local.set $hash (i32.shr_u (i32.mul (local.get $word) (i32.const 0x9E3779B1)) (global.get $shift)))
        (if (i32.load8_u (local.get $hash))
          (then
            (local.set $entry (i32.load (i32.add (global.get $heads) (i32.shl (local.get $hash) (i32.const 2)))))
            (block $entries
              (loop $each
                (br_if $entries (i32.eqz (local.get $entry)))
                (local.set $start (i32.sub (local.get $at) (i32.load offset=8 (local.get $entry))))
                (if (i32.and (i32.eq (i32.load offset=16 (local.get $entry)) (local.get $word))
                             (i32.and (i32.ge_u (local.get $start) (local.get $from))
                                      (i32.le_u (i32.add (local.get $start) (i32.load offset=4 (local.get $entry))) (local.get $to))))
                  (then
                    (if (call $equal (local.get $start) (i32.load (local.get $entry)) (i32.load offset=4 (local.get $entry)))
                      (then
                        (if (i32.ge_u (local.get $count) (local.get $max)) (then (return (i32.const -1))))
                        (i32.store (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 2)))
                                   (i32.load offset=20 (local.get $entry)))
                        (local.set $count (i32.add (local.get $count) (i32.const 1)))))))
                (local.set $entry (i32.load offset=12 (local.get $entry)))
                (br $each)))))
        (local.set $at (i32.add (local.get $at) (i32.const 2)))
        (br $next)))
    (local.get $count))

  ;; The newlines in [from, to), a line's end, 16 bytes at a time; -1 when a line there is longer
  ;; than `longest` bytes (then the caller counts line by line, and warns about that line). `from`
  ;; starts a line and `to` ends one; `longest` is 16 or more.
  (func (export "countNewlines") (param $from i32) (param $to i32) (param $longest i32) (result i32)
    (local $at i32) (local $count i32) (local $last i32) (local $mask i32) (local $newline v128)
    (local.set $newline (i8x16.splat (i32.const 10)))
    (local.set $at (local.get $from))
    ;; the newline before the line that starts at `from`
    (local.set $last (i32.sub (local.get $from) (i32.const 1)))
    (block $blocks
      (loop $block
        (br_if $blocks (i32.gt_u (i32.add (local.get $at) (i32.const 16)) (local.get $to)))
        (local.set $mask (i8x16.bitmask (i8x16.eq (v128.load (local.get $at)) (local.get $newline))))
        (if (local.get $mask)
          (then
            ;; the line ending at the block's first newline; the others in the block are shorter than 16
            (if (i32.gt_u (i32.sub (i32.add (local.get $at) (i32.ctz (local.get $mask))) (i32.add (local.get $last) (i32.const 1)))
                          (local.get $longest))
              (then (return (i32.const -1))))
            (local.set $count (i32.add (local.get $count) (i32.popcnt (local.get $mask))))
            (local.set $last (i32.sub (i32.add (local.get $at) (i32.const 31)) (i32.clz (local.get $mask))))))
        (local.set $at (i32.add (local.get $at) (i32.const 16)))
        (br $block)))
    (block $bytes
      (loop $byte
        (br_if $bytes (i32.ge_u (local.get $at) (local.get $to)))
        (if (i32.eq (i32.load8_u (local.get $at)) (i32.const 10))
          (then
            (if (i32.gt_u (i32.sub (local.get $at) (i32.add (local.get $last) (i32.const 1))) (local.get $longest))
              (then (return (i32.const -1))))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))
            (local.set $last (local.get $at))))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (br $byte)))
    (local.get $count))
)
