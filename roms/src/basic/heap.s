;; heap.s - marks where the interpreter's globals end (the linker places _HEAP after all
;; of them; roms/build.sh checks it): the memory settings (mem_config_t, basic.h) are kept
;; here, the program area starts right after them.
	.module heap
	.globl	_heap_start
	.globl	_mem_cfg
	.area	_HEAP
_heap_start:
_mem_cfg:
