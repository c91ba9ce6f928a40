;; heap.s - marks where the interpreter's globals end: the program area starts here.
	.module heap
	.globl	_heap_start
	.globl	_mem_cfg
	.area	_HEAP
_heap_start:
_mem_cfg:
