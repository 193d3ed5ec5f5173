
build/kernel.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_entry>:
80400000:	10401073          	csrw	sie,zero
80400004:	14001073          	csrw	sscratch,zero
80400008:	0002b117          	auipc	sp,0x2b
8040000c:	06810113          	add	sp,sp,104 # 8042b070 <boot_info>
80400010:	00027297          	auipc	t0,0x27
80400014:	01028293          	add	t0,t0,16 # 80427020 <range_end>
80400018:	000f2317          	auipc	t1,0xf2
8040001c:	6e830313          	add	t1,t1,1768 # 804f2700 <bss_end>
80400020:	0062f663          	bgeu	t0,t1,8040002c <_entry+0x2c>
80400024:	0002a023          	sw	zero,0(t0)
80400028:	0291                	add	t0,t0,4
8040002a:	bfdd                	j	80400020 <_entry+0x20>
8040002c:	280d                	jal	8040005e <main>
8040002e:	10500073          	wfi
80400032:	bff5                	j	8040002e <_entry+0x2e>

80400034 <power_off>:
80400034:	1141                	add	sp,sp,-16
80400036:	c606                	sw	ra,12(sp)
80400038:	c422                	sw	s0,8(sp)
8040003a:	842a                	mv	s0,a0
8040003c:	655010ef          	jal	80401e90 <proc_close_all>
80400040:	0a4030ef          	jal	804030e4 <fs_mounted>
80400044:	e911                	bnez	a0,80400058 <power_off+0x24>
80400046:	0ff47793          	zext.b	a5,s0
8040004a:	4501                	li	a0,0
8040004c:	c781                	beqz	a5,80400054 <power_off+0x20>
8040004e:	f0000537          	lui	a0,0xf0000
80400052:	8d5d                	or	a0,a0,a5
80400054:	5d0010ef          	jal	80401624 <sbi_shutdown>
80400058:	445030ef          	jal	80403c9c <bio_flush>
8040005c:	b7ed                	j	80400046 <power_off+0x12>

8040005e <main>:
8040005e:	7135                	add	sp,sp,-160
80400060:	cd22                	sw	s0,152(sp)
80400062:	8042b437          	lui	s0,0x8042b
80400066:	852e                	mv	a0,a1
80400068:	07040593          	add	a1,s0,112 # 8042b070 <boot_info>
8040006c:	cf06                	sw	ra,156(sp)
8040006e:	cb26                	sw	s1,148(sp)
80400070:	796000ef          	jal	80400806 <fdt_parse>
80400074:	804007b7          	lui	a5,0x80400
80400078:	00078793          	mv	a5,a5
8040007c:	80400737          	lui	a4,0x80400
80400080:	00e78863          	beq	a5,a4,80400090 <main+0x32>
80400084:	80405537          	lui	a0,0x80405
80400088:	00050513          	mv	a0,a0
8040008c:	1b1010ef          	jal	80401a3c <panic>
80400090:	07040493          	add	s1,s0,112
80400094:	4098                	lw	a4,0(s1)
80400096:	fee7e7e3          	bltu	a5,a4,80400084 <main+0x26>
8040009a:	40cc                	lw	a1,4(s1)
8040009c:	804f3537          	lui	a0,0x804f3
804000a0:	00050793          	mv	a5,a0
804000a4:	feb7f0e3          	bgeu	a5,a1,80400084 <main+0x26>
804000a8:	00050513          	mv	a0,a0
804000ac:	0cb000ef          	jal	80400976 <kinit>
804000b0:	07040513          	add	a0,s0,112
804000b4:	2a1000ef          	jal	80400b54 <kvm_init>
804000b8:	048010ef          	jal	80401100 <trap_init>
804000bc:	51e010ef          	jal	804015da <sbi_init>
804000c0:	582010ef          	jal	80401642 <plic_init>
804000c4:	5b0010ef          	jal	80401674 <uart_init>
804000c8:	2f3030ef          	jal	80403bba <bio_init>
804000cc:	2084a783          	lw	a5,520(s1)
804000d0:	ebd1                	bnez	a5,80400164 <main+0x106>
804000d2:	303010ef          	jal	80401bd4 <proc_init>
804000d6:	3aa010ef          	jal	80401480 <timer_init>
804000da:	0084c783          	lbu	a5,8(s1)
804000de:	cbd1                	beqz	a5,80400172 <main+0x114>
804000e0:	8042b7b7          	lui	a5,0x8042b
804000e4:	0068                	add	a0,sp,12
804000e6:	07878793          	add	a5,a5,120 # 8042b078 <boot_info+0x8>
804000ea:	4581                	li	a1,0
804000ec:	02000693          	li	a3,32
804000f0:	4625                	li	a2,9
804000f2:	a021                	j	804000fa <main+0x9c>
804000f4:	0785                	add	a5,a5,1
804000f6:	fe078fa3          	sb	zero,-1(a5)
804000fa:	0007c703          	lbu	a4,0(a5)
804000fe:	fed70be3          	beq	a4,a3,804000f4 <main+0x96>
80400102:	fec709e3          	beq	a4,a2,804000f4 <main+0x96>
80400106:	e715                	bnez	a4,80400132 <main+0xd4>
80400108:	00259793          	sll	a5,a1,0x2
8040010c:	09078793          	add	a5,a5,144
80400110:	978a                	add	a5,a5,sp
80400112:	f607ae23          	sw	zero,-132(a5)
80400116:	cdb9                	beqz	a1,80400174 <main+0x116>
80400118:	4532                	lw	a0,12(sp)
8040011a:	4601                	li	a2,0
8040011c:	006c                	add	a1,sp,12
8040011e:	00c020ef          	jal	8040212a <proc_spawn>
80400122:	57f9                	li	a5,-2
80400124:	862a                	mv	a2,a0
80400126:	0af50063          	beq	a0,a5,804001c6 <main+0x168>
8040012a:	08054263          	bltz	a0,804001ae <main+0x150>
8040012e:	40b010ef          	jal	80401d38 <scheduler>
80400132:	0585                	add	a1,a1,1
80400134:	c11c                	sw	a5,0(a0)
80400136:	a019                	j	8040013c <main+0xde>
80400138:	00c70863          	beq	a4,a2,80400148 <main+0xea>
8040013c:	0017c703          	lbu	a4,1(a5)
80400140:	0785                	add	a5,a5,1
80400142:	cb09                	beqz	a4,80400154 <main+0xf6>
80400144:	fed71ae3          	bne	a4,a3,80400138 <main+0xda>
80400148:	0007c703          	lbu	a4,0(a5)
8040014c:	c701                	beqz	a4,80400154 <main+0xf6>
8040014e:	0511                	add	a0,a0,4 # 804f3004 <kernel_end+0x4>
80400150:	fad595e3          	bne	a1,a3,804000fa <main+0x9c>
80400154:	00259793          	sll	a5,a1,0x2
80400158:	09078793          	add	a5,a5,144
8040015c:	978a                	add	a5,a5,sp
8040015e:	f607ae23          	sw	zero,-132(a5)
80400162:	bf5d                	j	80400118 <main+0xba>
80400164:	20c4a503          	lw	a0,524(s1)
80400168:	45b030ef          	jal	80403dc2 <disk_init>
8040016c:	6a9020ef          	jal	80403014 <fs_init>
80400170:	b78d                	j	804000d2 <main+0x74>
80400172:	c602                	sw	zero,12(sp)
80400174:	80405537          	lui	a0,0x80405
80400178:	02450513          	add	a0,a0,36 # 80405024 <__udivdi3+0x1116>
8040017c:	09f010ef          	jal	80401a1a <kprintf>
80400180:	4401                	li	s0,0
80400182:	804054b7          	lui	s1,0x80405
80400186:	a039                	j	80400194 <main+0x136>
80400188:	438c                	lw	a1,0(a5)
8040018a:	05048513          	add	a0,s1,80 # 80405050 <__udivdi3+0x1142>
8040018e:	0405                	add	s0,s0,1
80400190:	08b010ef          	jal	80401a1a <kprintf>
80400194:	8522                	mv	a0,s0
80400196:	34c020ef          	jal	804024e2 <program_at>
8040019a:	87aa                	mv	a5,a0
8040019c:	f575                	bnez	a0,80400188 <main+0x12a>
8040019e:	80405537          	lui	a0,0x80405
804001a2:	05450513          	add	a0,a0,84 # 80405054 <__udivdi3+0x1146>
804001a6:	075010ef          	jal	80401a1a <kprintf>
804001aa:	4509                	li	a0,2
804001ac:	3561                	jal	80400034 <power_off>
804001ae:	45b2                	lw	a1,12(sp)
804001b0:	80405537          	lui	a0,0x80405
804001b4:	07050513          	add	a0,a0,112 # 80405070 <__udivdi3+0x1162>
804001b8:	40c00633          	neg	a2,a2
804001bc:	05f010ef          	jal	80401a1a <kprintf>
804001c0:	07e00513          	li	a0,126
804001c4:	3d85                	jal	80400034 <power_off>
804001c6:	45b2                	lw	a1,12(sp)
804001c8:	80405537          	lui	a0,0x80405
804001cc:	05850513          	add	a0,a0,88 # 80405058 <__udivdi3+0x114a>
804001d0:	04b010ef          	jal	80401a1a <kprintf>
804001d4:	07f00513          	li	a0,127
804001d8:	3db1                	jal	80400034 <power_off>

804001da <strlist_has>:
804001da:	1101                	add	sp,sp,-32
804001dc:	c84a                	sw	s2,16(sp)
804001de:	892a                	mv	s2,a0
804001e0:	8532                	mv	a0,a2
804001e2:	ca26                	sw	s1,20(sp)
804001e4:	c64e                	sw	s3,12(sp)
804001e6:	c452                	sw	s4,8(sp)
804001e8:	ce06                	sw	ra,28(sp)
804001ea:	cc22                	sw	s0,24(sp)
804001ec:	8a32                	mv	s4,a2
804001ee:	84ae                	mv	s1,a1
804001f0:	125010ef          	jal	80401b14 <strlen>
804001f4:	89aa                	mv	s3,a0
804001f6:	4501                	li	a0,0
804001f8:	c09d                	beqz	s1,8040021e <strlist_has+0x44>
804001fa:	842a                	mv	s0,a0
804001fc:	a021                	j	80400204 <strlist_has+0x2a>
804001fe:	0405                	add	s0,s0,1
80400200:	02848863          	beq	s1,s0,80400230 <strlist_has+0x56>
80400204:	008907b3          	add	a5,s2,s0
80400208:	0007c783          	lbu	a5,0(a5)
8040020c:	fbed                	bnez	a5,804001fe <strlist_has+0x24>
8040020e:	40a40633          	sub	a2,s0,a0
80400212:	03360363          	beq	a2,s3,80400238 <strlist_has+0x5e>
80400216:	00140513          	add	a0,s0,1
8040021a:	fe9560e3          	bltu	a0,s1,804001fa <strlist_has+0x20>
8040021e:	40f2                	lw	ra,28(sp)
80400220:	4462                	lw	s0,24(sp)
80400222:	44d2                	lw	s1,20(sp)
80400224:	4942                	lw	s2,16(sp)
80400226:	49b2                	lw	s3,12(sp)
80400228:	4a22                	lw	s4,8(sp)
8040022a:	4501                	li	a0,0
8040022c:	6105                	add	sp,sp,32
8040022e:	8082                	ret
80400230:	40a48633          	sub	a2,s1,a0
80400234:	ff3611e3          	bne	a2,s3,80400216 <strlist_has+0x3c>
80400238:	85d2                	mv	a1,s4
8040023a:	954a                	add	a0,a0,s2
8040023c:	0b5010ef          	jal	80401af0 <memcmp>
80400240:	f979                	bnez	a0,80400216 <strlist_has+0x3c>
80400242:	40f2                	lw	ra,28(sp)
80400244:	4462                	lw	s0,24(sp)
80400246:	44d2                	lw	s1,20(sp)
80400248:	4942                	lw	s2,16(sp)
8040024a:	49b2                	lw	s3,12(sp)
8040024c:	4a22                	lw	s4,8(sp)
8040024e:	4505                	li	a0,1
80400250:	6105                	add	sp,sp,32
80400252:	8082                	ret

80400254 <node_reg.isra.0>:
80400254:	00c52303          	lw	t1,12(a0)
80400258:	87aa                	mv	a5,a0
8040025a:	08030a63          	beqz	t1,804002ee <node_reg.isra.0+0x9a>
8040025e:	fff58813          	add	a6,a1,-1
80400262:	4885                	li	a7,1
80400264:	4501                	li	a0,0
80400266:	0908e563          	bltu	a7,a6,804002f0 <node_reg.isra.0+0x9c>
8040026a:	4809                	li	a6,2
8040026c:	08c86263          	bltu	a6,a2,804002f0 <node_reg.isra.0+0x9c>
80400270:	4b9c                	lw	a5,16(a5)
80400272:	00c58f33          	add	t5,a1,a2
80400276:	0f0a                	sll	t5,t5,0x2
80400278:	07e7ec63          	bltu	a5,t5,804002f0 <node_reg.isra.0+0x9c>
8040027c:	00259793          	sll	a5,a1,0x2
80400280:	979a                	add	a5,a5,t1
80400282:	851a                	mv	a0,t1
80400284:	4e01                	li	t3,0
80400286:	00054583          	lbu	a1,0(a0)
8040028a:	00154883          	lbu	a7,1(a0)
8040028e:	00354e83          	lbu	t4,3(a0)
80400292:	00254803          	lbu	a6,2(a0)
80400296:	08c2                	sll	a7,a7,0x10
80400298:	05e2                	sll	a1,a1,0x18
8040029a:	0115e5b3          	or	a1,a1,a7
8040029e:	01d5e5b3          	or	a1,a1,t4
804002a2:	0822                	sll	a6,a6,0x8
804002a4:	0511                	add	a0,a0,4
804002a6:	88f2                	mv	a7,t3
804002a8:	0105ee33          	or	t3,a1,a6
804002ac:	fca79de3          	bne	a5,a0,80400286 <node_reg.isra.0+0x32>
804002b0:	01c6a023          	sw	t3,0(a3)
804002b4:	0116a223          	sw	a7,4(a3)
804002b8:	ce0d                	beqz	a2,804002f2 <node_reg.isra.0+0x9e>
804002ba:	937a                	add	t1,t1,t5
804002bc:	4501                	li	a0,0
804002be:	0007c683          	lbu	a3,0(a5)
804002c2:	0017c583          	lbu	a1,1(a5)
804002c6:	0037c803          	lbu	a6,3(a5)
804002ca:	0027c603          	lbu	a2,2(a5)
804002ce:	05c2                	sll	a1,a1,0x10
804002d0:	06e2                	sll	a3,a3,0x18
804002d2:	8ecd                	or	a3,a3,a1
804002d4:	0106e6b3          	or	a3,a3,a6
804002d8:	0622                	sll	a2,a2,0x8
804002da:	0791                	add	a5,a5,4
804002dc:	85aa                	mv	a1,a0
804002de:	00c6e533          	or	a0,a3,a2
804002e2:	fcf31ee3          	bne	t1,a5,804002be <node_reg.isra.0+0x6a>
804002e6:	c308                	sw	a0,0(a4)
804002e8:	c34c                	sw	a1,4(a4)
804002ea:	4505                	li	a0,1
804002ec:	8082                	ret
804002ee:	4501                	li	a0,0
804002f0:	8082                	ret
804002f2:	4501                	li	a0,0
804002f4:	4581                	li	a1,0
804002f6:	bfc5                	j	804002e6 <node_reg.isra.0+0x92>

804002f8 <fdt_walk>:
804002f8:	dd010113          	add	sp,sp,-560
804002fc:	21312e23          	sw	s3,540(sp)
80400300:	21712623          	sw	s7,524(sp)
80400304:	89ae                	mv	s3,a1
80400306:	8baa                	mv	s7,a0
80400308:	4671                	li	a2,28
8040030a:	4581                	li	a1,0
8040030c:	0848                	add	a0,sp,20
8040030e:	21912223          	sw	s9,516(sp)
80400312:	1fb12e23          	sw	s11,508(sp)
80400316:	22112623          	sw	ra,556(sp)
8040031a:	22812423          	sw	s0,552(sp)
8040031e:	22912223          	sw	s1,548(sp)
80400322:	23212023          	sw	s2,544(sp)
80400326:	21412c23          	sw	s4,536(sp)
8040032a:	21512a23          	sw	s5,532(sp)
8040032e:	21612823          	sw	s6,528(sp)
80400332:	21812423          	sw	s8,520(sp)
80400336:	21a12023          	sw	s10,512(sp)
8040033a:	738010ef          	jal	80401a72 <memset>
8040033e:	004bac83          	lw	s9,4(s7)
80400342:	4789                	li	a5,2
80400344:	008ba683          	lw	a3,8(s7)
80400348:	cc3e                	sw	a5,24(sp)
8040034a:	4785                	li	a5,1
8040034c:	ce3e                	sw	a5,28(sp)
8040034e:	004c8d93          	add	s11,s9,4
80400352:	47b6ec63          	bltu	a3,s11,804007ca <fdt_walk+0x4d2>
80400356:	4c01                	li	s8,0
80400358:	4485                	li	s1,1
8040035a:	490d                	li	s2,3
8040035c:	80405a37          	lui	s4,0x80405
80400360:	80405b37          	lui	s6,0x80405
80400364:	a00d                	j	80400386 <fdt_walk+0x8e>
80400366:	0d258663          	beq	a1,s2,80400432 <fdt_walk+0x13a>
8040036a:	4789                	li	a5,2
8040036c:	0cf58b63          	beq	a1,a5,80400442 <fdt_walk+0x14a>
80400370:	47a5                	li	a5,9
80400372:	2ef58063          	beq	a1,a5,80400652 <fdt_walk+0x35a>
80400376:	4791                	li	a5,4
80400378:	0af59f63          	bne	a1,a5,80400436 <fdt_walk+0x13e>
8040037c:	8cee                	mv	s9,s11
8040037e:	004c8d93          	add	s11,s9,4
80400382:	45b6e463          	bltu	a3,s11,804007ca <fdt_walk+0x4d2>
80400386:	000ba703          	lw	a4,0(s7)
8040038a:	019707b3          	add	a5,a4,s9
8040038e:	0007c583          	lbu	a1,0(a5)
80400392:	0017c603          	lbu	a2,1(a5)
80400396:	0037c503          	lbu	a0,3(a5)
8040039a:	0027c783          	lbu	a5,2(a5)
8040039e:	05e2                	sll	a1,a1,0x18
804003a0:	0642                	sll	a2,a2,0x10
804003a2:	8dd1                	or	a1,a1,a2
804003a4:	8dc9                	or	a1,a1,a0
804003a6:	07a2                	sll	a5,a5,0x8
804003a8:	8ddd                	or	a1,a1,a5
804003aa:	fa959ee3          	bne	a1,s1,80400366 <fdt_walk+0x6e>
804003ae:	0c05                	add	s8,s8,1
804003b0:	47c1                	li	a5,16
804003b2:	4387c863          	blt	a5,s8,804007e2 <fdt_walk+0x4ea>
804003b6:	3eddfa63          	bgeu	s11,a3,804007aa <fdt_walk+0x4b2>
804003ba:	846e                	mv	s0,s11
804003bc:	a021                	j	804003c4 <fdt_walk+0xcc>
804003be:	0405                	add	s0,s0,1
804003c0:	3ed47563          	bgeu	s0,a3,804007aa <fdt_walk+0x4b2>
804003c4:	008707b3          	add	a5,a4,s0
804003c8:	0007c783          	lbu	a5,0(a5)
804003cc:	fbed                	bnez	a5,804003be <fdt_walk+0xc6>
804003ce:	003c1a93          	sll	s5,s8,0x3
804003d2:	418a8733          	sub	a4,s5,s8
804003d6:	00271c93          	sll	s9,a4,0x2
804003da:	085c                	add	a5,sp,20
804003dc:	01978533          	add	a0,a5,s9
804003e0:	4671                	li	a2,28
804003e2:	4581                	li	a1,0
804003e4:	68e010ef          	jal	80401a72 <memset>
804003e8:	000ba503          	lw	a0,0(s7)
804003ec:	1f0c8793          	add	a5,s9,496
804003f0:	00278733          	add	a4,a5,sp
804003f4:	4689                	li	a3,2
804003f6:	956e                	add	a0,a0,s11
804003f8:	4d11                	li	s10,4
804003fa:	e2a72223          	sw	a0,-476(a4) # 803ffe24 <_entry-0x1dc>
804003fe:	e2d72423          	sw	a3,-472(a4)
80400402:	e2972623          	sw	s1,-468(a4)
80400406:	41bd0d33          	sub	s10,s10,s11
8040040a:	16dc0863          	beq	s8,a3,8040057a <fdt_walk+0x282>
8040040e:	4701                	li	a4,0
80400410:	418a87b3          	sub	a5,s5,s8
80400414:	078a                	sll	a5,a5,0x2
80400416:	008d0333          	add	t1,s10,s0
8040041a:	1f078793          	add	a5,a5,496
8040041e:	978a                	add	a5,a5,sp
80400420:	ffc37313          	and	t1,t1,-4
80400424:	008ba683          	lw	a3,8(s7)
80400428:	e2e7ae23          	sw	a4,-452(a5)
8040042c:	01b30cb3          	add	s9,t1,s11
80400430:	b7b9                	j	8040037e <fdt_walk+0x86>
80400432:	060c1563          	bnez	s8,8040049c <fdt_walk+0x1a4>
80400436:	80405537          	lui	a0,0x80405
8040043a:	1a850513          	add	a0,a0,424 # 804051a8 <__udivdi3+0x129a>
8040043e:	5fe010ef          	jal	80401a3c <panic>
80400442:	fe0c0ae3          	beqz	s8,80400436 <fdt_walk+0x13e>
80400446:	003c1a93          	sll	s5,s8,0x3
8040044a:	418a8733          	sub	a4,s5,s8
8040044e:	070a                	sll	a4,a4,0x2
80400450:	1f070793          	add	a5,a4,496
80400454:	002786b3          	add	a3,a5,sp
80400458:	e3c6a683          	lw	a3,-452(a3)
8040045c:	085c                	add	a5,sp,20
8040045e:	fe470613          	add	a2,a4,-28
80400462:	00e78433          	add	s0,a5,a4
80400466:	fffc0d13          	add	s10,s8,-1
8040046a:	00c78cb3          	add	s9,a5,a2
8040046e:	c689                	beqz	a3,80400478 <fdt_walk+0x180>
80400470:	0049a703          	lw	a4,4(s3)
80400474:	24070963          	beqz	a4,804006c6 <fdt_walk+0x3ce>
80400478:	418a87b3          	sub	a5,s5,s8
8040047c:	078a                	sll	a5,a5,0x2
8040047e:	1f078793          	add	a5,a5,496
80400482:	978a                	add	a5,a5,sp
80400484:	e387a783          	lw	a5,-456(a5)
80400488:	c789                	beqz	a5,80400492 <fdt_walk+0x19a>
8040048a:	2089a783          	lw	a5,520(s3)
8040048e:	1e078f63          	beqz	a5,8040068c <fdt_walk+0x394>
80400492:	008ba683          	lw	a3,8(s7)
80400496:	8cee                	mv	s9,s11
80400498:	8c6a                	mv	s8,s10
8040049a:	b5d5                	j	8040037e <fdt_walk+0x86>
8040049c:	00cc8e13          	add	t3,s9,12
804004a0:	33c6eb63          	bltu	a3,t3,804007d6 <fdt_walk+0x4de>
804004a4:	01b70633          	add	a2,a4,s11
804004a8:	008c8793          	add	a5,s9,8
804004ac:	97ba                	add	a5,a5,a4
804004ae:	00064d83          	lbu	s11,0(a2)
804004b2:	00164f03          	lbu	t5,1(a2)
804004b6:	0007cd03          	lbu	s10,0(a5)
804004ba:	0017c583          	lbu	a1,1(a5)
804004be:	00364e83          	lbu	t4,3(a2)
804004c2:	00264603          	lbu	a2,2(a2)
804004c6:	0037c503          	lbu	a0,3(a5)
804004ca:	0de2                	sll	s11,s11,0x18
804004cc:	0027c783          	lbu	a5,2(a5)
804004d0:	0f42                	sll	t5,t5,0x10
804004d2:	01ededb3          	or	s11,s11,t5
804004d6:	0d62                	sll	s10,s10,0x18
804004d8:	05c2                	sll	a1,a1,0x10
804004da:	01ddedb3          	or	s11,s11,t4
804004de:	0622                	sll	a2,a2,0x8
804004e0:	00bd6d33          	or	s10,s10,a1
804004e4:	00ad6d33          	or	s10,s10,a0
804004e8:	07a2                	sll	a5,a5,0x8
804004ea:	00cdedb3          	or	s11,s11,a2
804004ee:	41c686b3          	sub	a3,a3,t3
804004f2:	00fd6d33          	or	s10,s10,a5
804004f6:	31b6e263          	bltu	a3,s11,804007fa <fdt_walk+0x502>
804004fa:	010ba603          	lw	a2,16(s7)
804004fe:	2ecd7e63          	bgeu	s10,a2,804007fa <fdt_walk+0x502>
80400502:	00cba783          	lw	a5,12(s7)
80400506:	9d3e                	add	s10,s10,a5
80400508:	963e                	add	a2,a2,a5
8040050a:	2acd7063          	bgeu	s10,a2,804007aa <fdt_walk+0x4b2>
8040050e:	9d3a                	add	s10,s10,a4
80400510:	87ea                	mv	a5,s10
80400512:	963a                	add	a2,a2,a4
80400514:	a021                	j	8040051c <fdt_walk+0x224>
80400516:	0785                	add	a5,a5,1
80400518:	28c78963          	beq	a5,a2,804007aa <fdt_walk+0x4b2>
8040051c:	0007c683          	lbu	a3,0(a5)
80400520:	fafd                	bnez	a3,80400516 <fdt_walk+0x21e>
80400522:	12ca0593          	add	a1,s4,300 # 8040512c <__udivdi3+0x121e>
80400526:	856a                	mv	a0,s10
80400528:	01c70433          	add	s0,a4,t3
8040052c:	630010ef          	jal	80401b5c <strcmp>
80400530:	e92d                	bnez	a0,804005a2 <fdt_walk+0x2aa>
80400532:	4791                	li	a5,4
80400534:	0afd8963          	beq	s11,a5,804005e6 <fdt_walk+0x2ee>
80400538:	13cb0593          	add	a1,s6,316 # 8040513c <__udivdi3+0x122e>
8040053c:	856a                	mv	a0,s10
8040053e:	61e010ef          	jal	80401b5c <strcmp>
80400542:	804057b7          	lui	a5,0x80405
80400546:	1a478593          	add	a1,a5,420 # 804051a4 <__udivdi3+0x1296>
8040054a:	856a                	mv	a0,s10
8040054c:	610010ef          	jal	80401b5c <strcmp>
80400550:	e561                	bnez	a0,80400618 <fdt_walk+0x320>
80400552:	003c1793          	sll	a5,s8,0x3
80400556:	418787b3          	sub	a5,a5,s8
8040055a:	078a                	sll	a5,a5,0x2
8040055c:	1f078793          	add	a5,a5,496
80400560:	978a                	add	a5,a5,sp
80400562:	e287a823          	sw	s0,-464(a5)
80400566:	e3b7aa23          	sw	s11,-460(a5)
8040056a:	00fc8313          	add	t1,s9,15
8040056e:	936e                	add	t1,t1,s11
80400570:	008ba683          	lw	a3,8(s7)
80400574:	ffc37c93          	and	s9,t1,-4
80400578:	b519                	j	8040037e <fdt_walk+0x86>
8040057a:	804057b7          	lui	a5,0x80405
8040057e:	0d878593          	add	a1,a5,216 # 804050d8 <__udivdi3+0x11ca>
80400582:	5da010ef          	jal	80401b5c <strcmp>
80400586:	4705                	li	a4,1
80400588:	e80504e3          	beqz	a0,80400410 <fdt_walk+0x118>
8040058c:	4536                	lw	a0,76(sp)
8040058e:	804057b7          	lui	a5,0x80405
80400592:	461d                	li	a2,7
80400594:	0e078593          	add	a1,a5,224 # 804050e0 <__udivdi3+0x11d2>
80400598:	596010ef          	jal	80401b2e <strncmp>
8040059c:	00153713          	seqz	a4,a0
804005a0:	bd85                	j	80400410 <fdt_walk+0x118>
804005a2:	13cb0593          	add	a1,s6,316
804005a6:	856a                	mv	a0,s10
804005a8:	5b4010ef          	jal	80401b5c <strcmp>
804005ac:	f959                	bnez	a0,80400542 <fdt_walk+0x24a>
804005ae:	4791                	li	a5,4
804005b0:	f8fd99e3          	bne	s11,a5,80400542 <fdt_walk+0x24a>
804005b4:	00044703          	lbu	a4,0(s0)
804005b8:	00144603          	lbu	a2,1(s0)
804005bc:	00344583          	lbu	a1,3(s0)
804005c0:	00244683          	lbu	a3,2(s0)
804005c4:	003c1793          	sll	a5,s8,0x3
804005c8:	0762                	sll	a4,a4,0x18
804005ca:	0642                	sll	a2,a2,0x10
804005cc:	418787b3          	sub	a5,a5,s8
804005d0:	8f51                	or	a4,a4,a2
804005d2:	078a                	sll	a5,a5,0x2
804005d4:	8f4d                	or	a4,a4,a1
804005d6:	06a2                	sll	a3,a3,0x8
804005d8:	1f078793          	add	a5,a5,496
804005dc:	978a                	add	a5,a5,sp
804005de:	8f55                	or	a4,a4,a3
804005e0:	e2e7a623          	sw	a4,-468(a5)
804005e4:	b759                	j	8040056a <fdt_walk+0x272>
804005e6:	00044703          	lbu	a4,0(s0)
804005ea:	00144603          	lbu	a2,1(s0)
804005ee:	00344583          	lbu	a1,3(s0)
804005f2:	00244683          	lbu	a3,2(s0)
804005f6:	003c1793          	sll	a5,s8,0x3
804005fa:	0762                	sll	a4,a4,0x18
804005fc:	0642                	sll	a2,a2,0x10
804005fe:	418787b3          	sub	a5,a5,s8
80400602:	8f51                	or	a4,a4,a2
80400604:	078a                	sll	a5,a5,0x2
80400606:	8f4d                	or	a4,a4,a1
80400608:	06a2                	sll	a3,a3,0x8
8040060a:	1f078793          	add	a5,a5,496
8040060e:	978a                	add	a5,a5,sp
80400610:	8f55                	or	a4,a4,a3
80400612:	e2e7a423          	sw	a4,-472(a5)
80400616:	bf91                	j	8040056a <fdt_walk+0x272>
80400618:	804057b7          	lui	a5,0x80405
8040061c:	14878593          	add	a1,a5,328 # 80405148 <__udivdi3+0x123a>
80400620:	856a                	mv	a0,s10
80400622:	53a010ef          	jal	80401b5c <strcmp>
80400626:	e565                	bnez	a0,8040070e <fdt_walk+0x416>
80400628:	80405637          	lui	a2,0x80405
8040062c:	15460613          	add	a2,a2,340 # 80405154 <__udivdi3+0x1246>
80400630:	85ee                	mv	a1,s11
80400632:	8522                	mv	a0,s0
80400634:	365d                	jal	804001da <strlist_has>
80400636:	003c1793          	sll	a5,s8,0x3
8040063a:	418787b3          	sub	a5,a5,s8
8040063e:	078a                	sll	a5,a5,0x2
80400640:	1f078793          	add	a5,a5,496
80400644:	978a                	add	a5,a5,sp
80400646:	e387a703          	lw	a4,-456(a5)
8040064a:	8f49                	or	a4,a4,a0
8040064c:	e2e7ac23          	sw	a4,-456(a5)
80400650:	bf29                	j	8040056a <fdt_walk+0x272>
80400652:	22c12083          	lw	ra,556(sp)
80400656:	22812403          	lw	s0,552(sp)
8040065a:	22412483          	lw	s1,548(sp)
8040065e:	22012903          	lw	s2,544(sp)
80400662:	21c12983          	lw	s3,540(sp)
80400666:	21812a03          	lw	s4,536(sp)
8040066a:	21412a83          	lw	s5,532(sp)
8040066e:	21012b03          	lw	s6,528(sp)
80400672:	20c12b83          	lw	s7,524(sp)
80400676:	20812c03          	lw	s8,520(sp)
8040067a:	20412c83          	lw	s9,516(sp)
8040067e:	20012d03          	lw	s10,512(sp)
80400682:	1fc12d83          	lw	s11,508(sp)
80400686:	23010113          	add	sp,sp,560
8040068a:	8082                	ret
8040068c:	008ca603          	lw	a2,8(s9)
80400690:	004ca583          	lw	a1,4(s9)
80400694:	0038                	add	a4,sp,8
80400696:	868a                	mv	a3,sp
80400698:	8522                	mv	a0,s0
8040069a:	3e6d                	jal	80400254 <node_reg.isra.0>
8040069c:	de050be3          	beqz	a0,80400492 <fdt_walk+0x19a>
804006a0:	4712                	lw	a4,4(sp)
804006a2:	4782                	lw	a5,0(sp)
804006a4:	de0717e3          	bnez	a4,80400492 <fdt_walk+0x19a>
804006a8:	777d                	lui	a4,0xfffff
804006aa:	dee7f4e3          	bgeu	a5,a4,80400492 <fdt_walk+0x19a>
804006ae:	4732                	lw	a4,12(sp)
804006b0:	e709                	bnez	a4,804006ba <fdt_walk+0x3c2>
804006b2:	46a2                	lw	a3,8(sp)
804006b4:	6705                	lui	a4,0x1
804006b6:	dce6eee3          	bltu	a3,a4,80400492 <fdt_walk+0x19a>
804006ba:	4705                	li	a4,1
804006bc:	20e9a423          	sw	a4,520(s3)
804006c0:	20f9a623          	sw	a5,524(s3)
804006c4:	b3f9                	j	80400492 <fdt_walk+0x19a>
804006c6:	008ca603          	lw	a2,8(s9)
804006ca:	004ca583          	lw	a1,4(s9)
804006ce:	0038                	add	a4,sp,8
804006d0:	868a                	mv	a3,sp
804006d2:	8522                	mv	a0,s0
804006d4:	3641                	jal	80400254 <node_reg.isra.0>
804006d6:	da0501e3          	beqz	a0,80400478 <fdt_walk+0x180>
804006da:	4682                	lw	a3,0(sp)
804006dc:	4622                	lw	a2,8(sp)
804006de:	4e12                	lw	t3,4(sp)
804006e0:	4532                	lw	a0,12(sp)
804006e2:	00c68733          	add	a4,a3,a2
804006e6:	00d735b3          	sltu	a1,a4,a3
804006ea:	00ae0eb3          	add	t4,t3,a0
804006ee:	95f6                	add	a1,a1,t4
804006f0:	0e0e1f63          	bnez	t3,804007ee <fdt_walk+0x4f6>
804006f4:	7e7d                	lui	t3,0xfffff
804006f6:	0fc6fc63          	bgeu	a3,t3,804007ee <fdt_walk+0x4f6>
804006fa:	8e49                	or	a2,a2,a0
804006fc:	0e060963          	beqz	a2,804007ee <fdt_walk+0x4f6>
80400700:	00d9a023          	sw	a3,0(s3)
80400704:	cd9d                	beqz	a1,80400742 <fdt_walk+0x44a>
80400706:	777d                	lui	a4,0xfffff
80400708:	00e9a223          	sw	a4,4(s3)
8040070c:	b3b5                	j	80400478 <fdt_walk+0x180>
8040070e:	804055b7          	lui	a1,0x80405
80400712:	16858593          	add	a1,a1,360 # 80405168 <__udivdi3+0x125a>
80400716:	856a                	mv	a0,s10
80400718:	444010ef          	jal	80401b5c <strcmp>
8040071c:	872a                	mv	a4,a0
8040071e:	e51d                	bnez	a0,8040074c <fdt_walk+0x454>
80400720:	4789                	li	a5,2
80400722:	08fc0a63          	beq	s8,a5,804007b6 <fdt_walk+0x4be>
80400726:	003c1793          	sll	a5,s8,0x3
8040072a:	418787b3          	sub	a5,a5,s8
8040072e:	078a                	sll	a5,a5,0x2
80400730:	1f078793          	add	a5,a5,496
80400734:	978a                	add	a5,a5,sp
80400736:	e3c7a683          	lw	a3,-452(a5)
8040073a:	8f55                	or	a4,a4,a3
8040073c:	e2e7ae23          	sw	a4,-452(a5)
80400740:	b52d                	j	8040056a <fdt_walk+0x272>
80400742:	76fd                	lui	a3,0xfffff
80400744:	fce6f2e3          	bgeu	a3,a4,80400708 <fdt_walk+0x410>
80400748:	777d                	lui	a4,0xfffff
8040074a:	bf7d                	j	80400708 <fdt_walk+0x410>
8040074c:	804055b7          	lui	a1,0x80405
80400750:	17458593          	add	a1,a1,372 # 80405174 <__udivdi3+0x1266>
80400754:	856a                	mv	a0,s10
80400756:	406010ef          	jal	80401b5c <strcmp>
8040075a:	e00518e3          	bnez	a0,8040056a <fdt_walk+0x272>
8040075e:	4789                	li	a5,2
80400760:	e0fc15e3          	bne	s8,a5,8040056a <fdt_walk+0x272>
80400764:	4536                	lw	a0,76(sp)
80400766:	804055b7          	lui	a1,0x80405
8040076a:	18058593          	add	a1,a1,384 # 80405180 <__udivdi3+0x1272>
8040076e:	3ee010ef          	jal	80401b5c <strcmp>
80400772:	de051ce3          	bnez	a0,8040056a <fdt_walk+0x272>
80400776:	4d01                	li	s10,0
80400778:	1ff00793          	li	a5,511
8040077c:	000d9863          	bnez	s11,8040078c <fdt_walk+0x494>
80400780:	a819                	j	80400796 <fdt_walk+0x49e>
80400782:	0d05                	add	s10,s10,1
80400784:	01ad8963          	beq	s11,s10,80400796 <fdt_walk+0x49e>
80400788:	00fd0763          	beq	s10,a5,80400796 <fdt_walk+0x49e>
8040078c:	01a40733          	add	a4,s0,s10
80400790:	00074703          	lbu	a4,0(a4) # fffff000 <kernel_end+0x7fb0c000>
80400794:	f77d                	bnez	a4,80400782 <fdt_walk+0x48a>
80400796:	866a                	mv	a2,s10
80400798:	85a2                	mv	a1,s0
8040079a:	00898513          	add	a0,s3,8
8040079e:	9d4e                	add	s10,s10,s3
804007a0:	314010ef          	jal	80401ab4 <memcpy>
804007a4:	000d0423          	sb	zero,8(s10)
804007a8:	b3c9                	j	8040056a <fdt_walk+0x272>
804007aa:	80405537          	lui	a0,0x80405
804007ae:	0b850513          	add	a0,a0,184 # 804050b8 <__udivdi3+0x11aa>
804007b2:	28a010ef          	jal	80401a3c <panic>
804007b6:	80405637          	lui	a2,0x80405
804007ba:	0d860613          	add	a2,a2,216 # 804050d8 <__udivdi3+0x11ca>
804007be:	85ee                	mv	a1,s11
804007c0:	8522                	mv	a0,s0
804007c2:	3c21                	jal	804001da <strlist_has>
804007c4:	00a03733          	snez	a4,a0
804007c8:	bfb9                	j	80400726 <fdt_walk+0x42e>
804007ca:	80405537          	lui	a0,0x80405
804007ce:	1c050513          	add	a0,a0,448 # 804051c0 <__udivdi3+0x12b2>
804007d2:	26a010ef          	jal	80401a3c <panic>
804007d6:	80405537          	lui	a0,0x80405
804007da:	0e850513          	add	a0,a0,232 # 804050e8 <__udivdi3+0x11da>
804007de:	25e010ef          	jal	80401a3c <panic>
804007e2:	80405537          	lui	a0,0x80405
804007e6:	09450513          	add	a0,a0,148 # 80405094 <__udivdi3+0x1186>
804007ea:	252010ef          	jal	80401a3c <panic>
804007ee:	80405537          	lui	a0,0x80405
804007f2:	18850513          	add	a0,a0,392 # 80405188 <__udivdi3+0x127a>
804007f6:	246010ef          	jal	80401a3c <panic>
804007fa:	80405537          	lui	a0,0x80405
804007fe:	10850513          	add	a0,a0,264 # 80405108 <__udivdi3+0x11fa>
80400802:	23a010ef          	jal	80401a3c <panic>

80400806 <fdt_parse>:
80400806:	7139                	add	sp,sp,-64
80400808:	da26                	sw	s1,52(sp)
8040080a:	84ae                	mv	s1,a1
8040080c:	dc22                	sw	s0,56(sp)
8040080e:	21000613          	li	a2,528
80400812:	842a                	mv	s0,a0
80400814:	4581                	li	a1,0
80400816:	8526                	mv	a0,s1
80400818:	de06                	sw	ra,60(sp)
8040081a:	d84a                	sw	s2,48(sp)
8040081c:	d64e                	sw	s3,44(sp)
8040081e:	d452                	sw	s4,40(sp)
80400820:	d256                	sw	s5,36(sp)
80400822:	250010ef          	jal	80401a72 <memset>
80400826:	12040b63          	beqz	s0,8040095c <fdt_parse+0x156>
8040082a:	00347793          	and	a5,s0,3
8040082e:	12079763          	bnez	a5,8040095c <fdt_parse+0x156>
80400832:	00044783          	lbu	a5,0(s0)
80400836:	00144683          	lbu	a3,1(s0)
8040083a:	00344603          	lbu	a2,3(s0)
8040083e:	00244703          	lbu	a4,2(s0)
80400842:	07e2                	sll	a5,a5,0x18
80400844:	06c2                	sll	a3,a3,0x10
80400846:	8fd5                	or	a5,a5,a3
80400848:	0722                	sll	a4,a4,0x8
8040084a:	8fd1                	or	a5,a5,a2
8040084c:	8fd9                	or	a5,a5,a4
8040084e:	d00e0737          	lui	a4,0xd00e0
80400852:	eed70713          	add	a4,a4,-275 # d00dfeed <kernel_end+0x4fbeceed>
80400856:	10e79363          	bne	a5,a4,8040095c <fdt_parse+0x156>
8040085a:	00444583          	lbu	a1,4(s0)
8040085e:	00544903          	lbu	s2,5(s0)
80400862:	00844703          	lbu	a4,8(s0)
80400866:	00944a83          	lbu	s5,9(s0)
8040086a:	00c44603          	lbu	a2,12(s0)
8040086e:	00d44283          	lbu	t0,13(s0)
80400872:	02044683          	lbu	a3,32(s0)
80400876:	02144f03          	lbu	t5,33(s0)
8040087a:	02444783          	lbu	a5,36(s0)
8040087e:	02544e83          	lbu	t4,37(s0)
80400882:	00744a03          	lbu	s4,7(s0)
80400886:	00644e03          	lbu	t3,6(s0)
8040088a:	0942                	sll	s2,s2,0x10
8040088c:	00b44983          	lbu	s3,11(s0)
80400890:	00a44303          	lbu	t1,10(s0)
80400894:	00f44083          	lbu	ra,15(s0)
80400898:	00e44883          	lbu	a7,14(s0)
8040089c:	02344383          	lbu	t2,35(s0)
804008a0:	02244803          	lbu	a6,34(s0)
804008a4:	02744f83          	lbu	t6,39(s0)
804008a8:	02644503          	lbu	a0,38(s0)
804008ac:	05e2                	sll	a1,a1,0x18
804008ae:	0125e5b3          	or	a1,a1,s2
804008b2:	0762                	sll	a4,a4,0x18
804008b4:	010a9913          	sll	s2,s5,0x10
804008b8:	0662                	sll	a2,a2,0x18
804008ba:	02c2                	sll	t0,t0,0x10
804008bc:	06e2                	sll	a3,a3,0x18
804008be:	0f42                	sll	t5,t5,0x10
804008c0:	07e2                	sll	a5,a5,0x18
804008c2:	0ec2                	sll	t4,t4,0x10
804008c4:	0e22                	sll	t3,t3,0x8
804008c6:	0145e5b3          	or	a1,a1,s4
804008ca:	01276733          	or	a4,a4,s2
804008ce:	00566633          	or	a2,a2,t0
804008d2:	01e6e6b3          	or	a3,a3,t5
804008d6:	01d7e7b3          	or	a5,a5,t4
804008da:	01376733          	or	a4,a4,s3
804008de:	0322                	sll	t1,t1,0x8
804008e0:	00166633          	or	a2,a2,ra
804008e4:	08a2                	sll	a7,a7,0x8
804008e6:	0076e6b3          	or	a3,a3,t2
804008ea:	0822                	sll	a6,a6,0x8
804008ec:	01f7e7b3          	or	a5,a5,t6
804008f0:	0522                	sll	a0,a0,0x8
804008f2:	01c5e5b3          	or	a1,a1,t3
804008f6:	01000e37          	lui	t3,0x1000
804008fa:	00676733          	or	a4,a4,t1
804008fe:	01166633          	or	a2,a2,a7
80400902:	0106e6b3          	or	a3,a3,a6
80400906:	8fc9                	or	a5,a5,a0
80400908:	04be6463          	bltu	t3,a1,80400950 <fdt_parse+0x14a>
8040090c:	04e5e263          	bltu	a1,a4,80400950 <fdt_parse+0x14a>
80400910:	40e58533          	sub	a0,a1,a4
80400914:	02f56e63          	bltu	a0,a5,80400950 <fdt_parse+0x14a>
80400918:	02c5ec63          	bltu	a1,a2,80400950 <fdt_parse+0x14a>
8040091c:	8d91                	sub	a1,a1,a2
8040091e:	02d5e963          	bltu	a1,a3,80400950 <fdt_parse+0x14a>
80400922:	00377593          	and	a1,a4,3
80400926:	e58d                	bnez	a1,80400950 <fdt_parse+0x14a>
80400928:	97ba                	add	a5,a5,a4
8040092a:	85a6                	mv	a1,s1
8040092c:	0068                	add	a0,sp,12
8040092e:	ca3e                	sw	a5,20(sp)
80400930:	c622                	sw	s0,12(sp)
80400932:	c83a                	sw	a4,16(sp)
80400934:	cc32                	sw	a2,24(sp)
80400936:	ce36                	sw	a3,28(sp)
80400938:	32c1                	jal	804002f8 <fdt_walk>
8040093a:	40dc                	lw	a5,4(s1)
8040093c:	c79d                	beqz	a5,8040096a <fdt_parse+0x164>
8040093e:	50f2                	lw	ra,60(sp)
80400940:	5462                	lw	s0,56(sp)
80400942:	54d2                	lw	s1,52(sp)
80400944:	5942                	lw	s2,48(sp)
80400946:	59b2                	lw	s3,44(sp)
80400948:	5a22                	lw	s4,40(sp)
8040094a:	5a92                	lw	s5,36(sp)
8040094c:	6121                	add	sp,sp,64
8040094e:	8082                	ret
80400950:	80405537          	lui	a0,0x80405
80400954:	1fc50513          	add	a0,a0,508 # 804051fc <__udivdi3+0x12ee>
80400958:	0e4010ef          	jal	80401a3c <panic>
8040095c:	80405537          	lui	a0,0x80405
80400960:	85a2                	mv	a1,s0
80400962:	1dc50513          	add	a0,a0,476 # 804051dc <__udivdi3+0x12ce>
80400966:	0d6010ef          	jal	80401a3c <panic>
8040096a:	80405537          	lui	a0,0x80405
8040096e:	21850513          	add	a0,a0,536 # 80405218 <__udivdi3+0x130a>
80400972:	0ca010ef          	jal	80401a3c <panic>

80400976 <kinit>:
80400976:	6685                	lui	a3,0x1
80400978:	fff68713          	add	a4,a3,-1 # fff <_entry-0x803ff001>
8040097c:	77fd                	lui	a5,0xfffff
8040097e:	953a                	add	a0,a0,a4
80400980:	8d7d                	and	a0,a0,a5
80400982:	8dfd                	and	a1,a1,a5
80400984:	804277b7          	lui	a5,0x80427
80400988:	02a7a223          	sw	a0,36(a5) # 80427024 <range_start>
8040098c:	804277b7          	lui	a5,0x80427
80400990:	02b7a023          	sw	a1,32(a5) # 80427020 <range_end>
80400994:	02b57e63          	bgeu	a0,a1,804009d0 <kinit+0x5a>
80400998:	40d586b3          	sub	a3,a1,a3
8040099c:	87b6                	mv	a5,a3
8040099e:	00b6b633          	sltu	a2,a3,a1
804009a2:	8736                	mv	a4,a3
804009a4:	02a6e963          	bltu	a3,a0,804009d6 <kinit+0x60>
804009a8:	c61d                	beqz	a2,804009d6 <kinit+0x60>
804009aa:	804278b7          	lui	a7,0x80427
804009ae:	0288a603          	lw	a2,40(a7) # 80427028 <free_list>
804009b2:	787d                	lui	a6,0xfffff
804009b4:	a809                	j	804009c6 <kinit+0x50>
804009b6:	97c2                	add	a5,a5,a6
804009b8:	86be                	mv	a3,a5
804009ba:	00a7ec63          	bltu	a5,a0,804009d2 <kinit+0x5c>
804009be:	863a                	mv	a2,a4
804009c0:	00b7f963          	bgeu	a5,a1,804009d2 <kinit+0x5c>
804009c4:	873e                	mv	a4,a5
804009c6:	c310                	sw	a2,0(a4)
804009c8:	fef567e3          	bltu	a0,a5,804009b6 <kinit+0x40>
804009cc:	02e8a423          	sw	a4,40(a7)
804009d0:	8082                	ret
804009d2:	02e8a423          	sw	a4,40(a7)
804009d6:	80405537          	lui	a0,0x80405
804009da:	1141                	add	sp,sp,-16
804009dc:	85b6                	mv	a1,a3
804009de:	23450513          	add	a0,a0,564 # 80405234 <__udivdi3+0x1326>
804009e2:	c606                	sw	ra,12(sp)
804009e4:	058010ef          	jal	80401a3c <panic>

804009e8 <kalloc>:
804009e8:	1141                	add	sp,sp,-16
804009ea:	804277b7          	lui	a5,0x80427
804009ee:	c422                	sw	s0,8(sp)
804009f0:	0287a403          	lw	s0,40(a5) # 80427028 <free_list>
804009f4:	c606                	sw	ra,12(sp)
804009f6:	c809                	beqz	s0,80400a08 <kalloc+0x20>
804009f8:	4018                	lw	a4,0(s0)
804009fa:	6605                	lui	a2,0x1
804009fc:	4581                	li	a1,0
804009fe:	8522                	mv	a0,s0
80400a00:	02e7a423          	sw	a4,40(a5)
80400a04:	06e010ef          	jal	80401a72 <memset>
80400a08:	40b2                	lw	ra,12(sp)
80400a0a:	8522                	mv	a0,s0
80400a0c:	4422                	lw	s0,8(sp)
80400a0e:	0141                	add	sp,sp,16
80400a10:	8082                	ret

80400a12 <kfree>:
80400a12:	01451793          	sll	a5,a0,0x14
80400a16:	e78d                	bnez	a5,80400a40 <kfree+0x2e>
80400a18:	804277b7          	lui	a5,0x80427
80400a1c:	0247a783          	lw	a5,36(a5) # 80427024 <range_start>
80400a20:	02f56063          	bltu	a0,a5,80400a40 <kfree+0x2e>
80400a24:	804277b7          	lui	a5,0x80427
80400a28:	0207a783          	lw	a5,32(a5) # 80427020 <range_end>
80400a2c:	00f57a63          	bgeu	a0,a5,80400a40 <kfree+0x2e>
80400a30:	804277b7          	lui	a5,0x80427
80400a34:	0287a703          	lw	a4,40(a5) # 80427028 <free_list>
80400a38:	02a7a423          	sw	a0,40(a5)
80400a3c:	c118                	sw	a4,0(a0)
80400a3e:	8082                	ret
80400a40:	85aa                	mv	a1,a0
80400a42:	80405537          	lui	a0,0x80405
80400a46:	1141                	add	sp,sp,-16
80400a48:	23450513          	add	a0,a0,564 # 80405234 <__udivdi3+0x1326>
80400a4c:	c606                	sw	ra,12(sp)
80400a4e:	7ef000ef          	jal	80401a3c <panic>

80400a52 <kvm_map>:
80400a52:	7179                	add	sp,sp,-48
80400a54:	ca56                	sw	s5,20(sp)
80400a56:	d606                	sw	ra,44(sp)
80400a58:	d422                	sw	s0,40(sp)
80400a5a:	d226                	sw	s1,36(sp)
80400a5c:	d04a                	sw	s2,32(sp)
80400a5e:	ce4e                	sw	s3,28(sp)
80400a60:	cc52                	sw	s4,24(sp)
80400a62:	c85a                	sw	s6,16(sp)
80400a64:	c65e                	sw	s7,12(sp)
80400a66:	c462                	sw	s8,8(sp)
80400a68:	00c50ab3          	add	s5,a0,a2
80400a6c:	07557763          	bgeu	a0,s5,80400ada <kvm_map+0x88>
80400a70:	004004b7          	lui	s1,0x400
80400a74:	842a                	mv	s0,a0
80400a76:	89ae                	mv	s3,a1
80400a78:	8b36                	mv	s6,a3
80400a7a:	80427c37          	lui	s8,0x80427
80400a7e:	fff48b93          	add	s7,s1,-1 # 3fffff <_entry-0x80000001>
80400a82:	6a05                	lui	s4,0x1
80400a84:	030c2903          	lw	s2,48(s8) # 80427030 <kernel_pagetable>
80400a88:	01645793          	srl	a5,s0,0x16
80400a8c:	078a                	sll	a5,a5,0x2
80400a8e:	993e                	add	s2,s2,a5
80400a90:	00092703          	lw	a4,0(s2)
80400a94:	013467b3          	or	a5,s0,s3
80400a98:	0177f7b3          	and	a5,a5,s7
80400a9c:	00177693          	and	a3,a4,1
80400aa0:	cba9                	beqz	a5,80400af2 <kvm_map+0xa0>
80400aa2:	cabd                	beqz	a3,80400b18 <kvm_map+0xc6>
80400aa4:	00e77793          	and	a5,a4,14
80400aa8:	ebc1                	bnez	a5,80400b38 <kvm_map+0xe6>
80400aaa:	00c45513          	srl	a0,s0,0xc
80400aae:	3ff57513          	and	a0,a0,1023
80400ab2:	8329                	srl	a4,a4,0xa
80400ab4:	050a                	sll	a0,a0,0x2
80400ab6:	0732                	sll	a4,a4,0xc
80400ab8:	953a                	add	a0,a0,a4
80400aba:	cd3d                	beqz	a0,80400b38 <kvm_map+0xe6>
80400abc:	411c                	lw	a5,0(a0)
80400abe:	8b85                	and	a5,a5,1
80400ac0:	efa5                	bnez	a5,80400b38 <kvm_map+0xe6>
80400ac2:	00c9d793          	srl	a5,s3,0xc
80400ac6:	07aa                	sll	a5,a5,0xa
80400ac8:	0167e7b3          	or	a5,a5,s6
80400acc:	0c17e793          	or	a5,a5,193
80400ad0:	c11c                	sw	a5,0(a0)
80400ad2:	9452                	add	s0,s0,s4
80400ad4:	99d2                	add	s3,s3,s4
80400ad6:	fb5467e3          	bltu	s0,s5,80400a84 <kvm_map+0x32>
80400ada:	50b2                	lw	ra,44(sp)
80400adc:	5422                	lw	s0,40(sp)
80400ade:	5492                	lw	s1,36(sp)
80400ae0:	5902                	lw	s2,32(sp)
80400ae2:	49f2                	lw	s3,28(sp)
80400ae4:	4a62                	lw	s4,24(sp)
80400ae6:	4ad2                	lw	s5,20(sp)
80400ae8:	4b42                	lw	s6,16(sp)
80400aea:	4bb2                	lw	s7,12(sp)
80400aec:	4c22                	lw	s8,8(sp)
80400aee:	6145                	add	sp,sp,48
80400af0:	8082                	ret
80400af2:	408a87b3          	sub	a5,s5,s0
80400af6:	fa97e6e3          	bltu	a5,s1,80400aa2 <kvm_map+0x50>
80400afa:	e6b1                	bnez	a3,80400b46 <kvm_map+0xf4>
80400afc:	00c9d793          	srl	a5,s3,0xc
80400b00:	07aa                	sll	a5,a5,0xa
80400b02:	0167e7b3          	or	a5,a5,s6
80400b06:	0c17e793          	or	a5,a5,193
80400b0a:	00f92023          	sw	a5,0(s2)
80400b0e:	9426                	add	s0,s0,s1
80400b10:	99a6                	add	s3,s3,s1
80400b12:	f75469e3          	bltu	s0,s5,80400a84 <kvm_map+0x32>
80400b16:	b7d1                	j	80400ada <kvm_map+0x88>
80400b18:	3dc1                	jal	804009e8 <kalloc>
80400b1a:	cd19                	beqz	a0,80400b38 <kvm_map+0xe6>
80400b1c:	00c55713          	srl	a4,a0,0xc
80400b20:	00c45793          	srl	a5,s0,0xc
80400b24:	072a                	sll	a4,a4,0xa
80400b26:	3ff7f793          	and	a5,a5,1023
80400b2a:	00176713          	or	a4,a4,1
80400b2e:	078a                	sll	a5,a5,0x2
80400b30:	00e92023          	sw	a4,0(s2)
80400b34:	953e                	add	a0,a0,a5
80400b36:	b759                	j	80400abc <kvm_map+0x6a>
80400b38:	80405537          	lui	a0,0x80405
80400b3c:	85a2                	mv	a1,s0
80400b3e:	26450513          	add	a0,a0,612 # 80405264 <__udivdi3+0x1356>
80400b42:	6fb000ef          	jal	80401a3c <panic>
80400b46:	80405537          	lui	a0,0x80405
80400b4a:	85a2                	mv	a1,s0
80400b4c:	24850513          	add	a0,a0,584 # 80405248 <__udivdi3+0x133a>
80400b50:	6ed000ef          	jal	80401a3c <panic>

80400b54 <kvm_init>:
80400b54:	1141                	add	sp,sp,-16
80400b56:	c422                	sw	s0,8(sp)
80400b58:	c226                	sw	s1,4(sp)
80400b5a:	c606                	sw	ra,12(sp)
80400b5c:	842a                	mv	s0,a0
80400b5e:	804274b7          	lui	s1,0x80427
80400b62:	3559                	jal	804009e8 <kalloc>
80400b64:	02a4a823          	sw	a0,48(s1) # 80427030 <kernel_pagetable>
80400b68:	c151                	beqz	a0,80400bec <kvm_init+0x98>
80400b6a:	405c                	lw	a5,4(s0)
80400b6c:	7fc00637          	lui	a2,0x7fc00
80400b70:	46b9                	li	a3,14
80400b72:	963e                	add	a2,a2,a5
80400b74:	804005b7          	lui	a1,0x80400
80400b78:	80400537          	lui	a0,0x80400
80400b7c:	3dd9                	jal	80400a52 <kvm_map>
80400b7e:	4699                	li	a3,6
80400b80:	00600637          	lui	a2,0x600
80400b84:	0c0005b7          	lui	a1,0xc000
80400b88:	0c000537          	lui	a0,0xc000
80400b8c:	35d9                	jal	80400a52 <kvm_map>
80400b8e:	4699                	li	a3,6
80400b90:	6605                	lui	a2,0x1
80400b92:	100005b7          	lui	a1,0x10000
80400b96:	10000537          	lui	a0,0x10000
80400b9a:	3d65                	jal	80400a52 <kvm_map>
80400b9c:	20842783          	lw	a5,520(s0)
80400ba0:	eb8d                	bnez	a5,80400bd2 <kvm_init+0x7e>
80400ba2:	804276b7          	lui	a3,0x80427
80400ba6:	0304a783          	lw	a5,48(s1)
80400baa:	02c6a703          	lw	a4,44(a3) # 8042702c <active_pagetable>
80400bae:	00e78d63          	beq	a5,a4,80400bc8 <kvm_init+0x74>
80400bb2:	00c7d713          	srl	a4,a5,0xc
80400bb6:	80000637          	lui	a2,0x80000
80400bba:	8f51                	or	a4,a4,a2
80400bbc:	18071073          	csrw	satp,a4
80400bc0:	12000073          	sfence.vma
80400bc4:	02f6a623          	sw	a5,44(a3)
80400bc8:	40b2                	lw	ra,12(sp)
80400bca:	4422                	lw	s0,8(sp)
80400bcc:	4492                	lw	s1,4(sp)
80400bce:	0141                	add	sp,sp,16
80400bd0:	8082                	ret
80400bd2:	20c42583          	lw	a1,524(s0)
80400bd6:	6609                	lui	a2,0x2
80400bd8:	167d                	add	a2,a2,-1 # 1fff <_entry-0x803fe001>
80400bda:	77fd                	lui	a5,0xfffff
80400bdc:	962e                	add	a2,a2,a1
80400bde:	8e7d                	and	a2,a2,a5
80400be0:	8dfd                	and	a1,a1,a5
80400be2:	4699                	li	a3,6
80400be4:	8e0d                	sub	a2,a2,a1
80400be6:	852e                	mv	a0,a1
80400be8:	35ad                	jal	80400a52 <kvm_map>
80400bea:	bf65                	j	80400ba2 <kvm_init+0x4e>
80400bec:	80405537          	lui	a0,0x80405
80400bf0:	27c50513          	add	a0,a0,636 # 8040527c <__udivdi3+0x136e>
80400bf4:	649000ef          	jal	80401a3c <panic>

80400bf8 <vm_switch>:
80400bf8:	80427737          	lui	a4,0x80427
80400bfc:	02c72783          	lw	a5,44(a4) # 8042702c <active_pagetable>
80400c00:	00a78d63          	beq	a5,a0,80400c1a <vm_switch+0x22>
80400c04:	00c55793          	srl	a5,a0,0xc
80400c08:	800006b7          	lui	a3,0x80000
80400c0c:	8fd5                	or	a5,a5,a3
80400c0e:	18079073          	csrw	satp,a5
80400c12:	12000073          	sfence.vma
80400c16:	02a72623          	sw	a0,44(a4)
80400c1a:	8082                	ret

80400c1c <uvm_create>:
80400c1c:	1141                	add	sp,sp,-16
80400c1e:	c422                	sw	s0,8(sp)
80400c20:	c606                	sw	ra,12(sp)
80400c22:	33d9                	jal	804009e8 <kalloc>
80400c24:	842a                	mv	s0,a0
80400c26:	cd11                	beqz	a0,80400c42 <uvm_create+0x26>
80400c28:	804277b7          	lui	a5,0x80427
80400c2c:	0307a583          	lw	a1,48(a5) # 80427030 <kernel_pagetable>
80400c30:	6605                	lui	a2,0x1
80400c32:	f4060613          	add	a2,a2,-192 # f40 <_entry-0x803ff0c0>
80400c36:	0c058593          	add	a1,a1,192 # 100000c0 <_entry-0x703fff40>
80400c3a:	0c050513          	add	a0,a0,192
80400c3e:	677000ef          	jal	80401ab4 <memcpy>
80400c42:	40b2                	lw	ra,12(sp)
80400c44:	8522                	mv	a0,s0
80400c46:	4422                	lw	s0,8(sp)
80400c48:	0141                	add	sp,sp,16
80400c4a:	8082                	ret

80400c4c <uvm_free>:
80400c4c:	804277b7          	lui	a5,0x80427
80400c50:	02c7a783          	lw	a5,44(a5) # 8042702c <active_pagetable>
80400c54:	1101                	add	sp,sp,-32
80400c56:	ce06                	sw	ra,28(sp)
80400c58:	cc22                	sw	s0,24(sp)
80400c5a:	ca26                	sw	s1,20(sp)
80400c5c:	c84a                	sw	s2,16(sp)
80400c5e:	c64e                	sw	s3,12(sp)
80400c60:	c452                	sw	s4,8(sp)
80400c62:	c256                	sw	s5,4(sp)
80400c64:	c05a                	sw	s6,0(sp)
80400c66:	06a78463          	beq	a5,a0,80400cce <uvm_free+0x82>
80400c6a:	8aaa                	mv	s5,a0
80400c6c:	892a                	mv	s2,a0
80400c6e:	0c050993          	add	s3,a0,192
80400c72:	6a05                	lui	s4,0x1
80400c74:	a021                	j	80400c7c <uvm_free+0x30>
80400c76:	0911                	add	s2,s2,4
80400c78:	05390063          	beq	s2,s3,80400cb8 <uvm_free+0x6c>
80400c7c:	00092783          	lw	a5,0(s2)
80400c80:	0017f713          	and	a4,a5,1
80400c84:	db6d                	beqz	a4,80400c76 <uvm_free+0x2a>
80400c86:	83a9                	srl	a5,a5,0xa
80400c88:	00c79413          	sll	s0,a5,0xc
80400c8c:	8b22                	mv	s6,s0
80400c8e:	014404b3          	add	s1,s0,s4
80400c92:	a021                	j	80400c9a <uvm_free+0x4e>
80400c94:	0411                	add	s0,s0,4
80400c96:	00848c63          	beq	s1,s0,80400cae <uvm_free+0x62>
80400c9a:	4008                	lw	a0,0(s0)
80400c9c:	00157793          	and	a5,a0,1
80400ca0:	dbf5                	beqz	a5,80400c94 <uvm_free+0x48>
80400ca2:	8129                	srl	a0,a0,0xa
80400ca4:	0532                	sll	a0,a0,0xc
80400ca6:	0411                	add	s0,s0,4
80400ca8:	33ad                	jal	80400a12 <kfree>
80400caa:	fe8498e3          	bne	s1,s0,80400c9a <uvm_free+0x4e>
80400cae:	855a                	mv	a0,s6
80400cb0:	0911                	add	s2,s2,4
80400cb2:	3385                	jal	80400a12 <kfree>
80400cb4:	fd3914e3          	bne	s2,s3,80400c7c <uvm_free+0x30>
80400cb8:	4462                	lw	s0,24(sp)
80400cba:	40f2                	lw	ra,28(sp)
80400cbc:	44d2                	lw	s1,20(sp)
80400cbe:	4942                	lw	s2,16(sp)
80400cc0:	49b2                	lw	s3,12(sp)
80400cc2:	4a22                	lw	s4,8(sp)
80400cc4:	4b02                	lw	s6,0(sp)
80400cc6:	8556                	mv	a0,s5
80400cc8:	4a92                	lw	s5,4(sp)
80400cca:	6105                	add	sp,sp,32
80400ccc:	b399                	j	80400a12 <kfree>
80400cce:	80405537          	lui	a0,0x80405
80400cd2:	29450513          	add	a0,a0,660 # 80405294 <__udivdi3+0x1386>
80400cd6:	567000ef          	jal	80401a3c <panic>

80400cda <uvm_alloc>:
80400cda:	1101                	add	sp,sp,-32
80400cdc:	ca26                	sw	s1,20(sp)
80400cde:	c84a                	sw	s2,16(sp)
80400ce0:	ce06                	sw	ra,28(sp)
80400ce2:	cc22                	sw	s0,24(sp)
80400ce4:	c64e                	sw	s3,12(sp)
80400ce6:	c452                	sw	s4,8(sp)
80400ce8:	c256                	sw	s5,4(sp)
80400cea:	00c58933          	add	s2,a1,a2
80400cee:	84aa                	mv	s1,a0
80400cf0:	0925fd63          	bgeu	a1,s2,80400d8a <uvm_alloc+0xb0>
80400cf4:	8aae                	mv	s5,a1
80400cf6:	89b6                	mv	s3,a3
80400cf8:	6a05                	lui	s4,0x1
80400cfa:	a835                	j	80400d36 <uvm_alloc+0x5c>
80400cfc:	00cad413          	srl	s0,s5,0xc
80400d00:	3ff47413          	and	s0,s0,1023
80400d04:	83a9                	srl	a5,a5,0xa
80400d06:	040a                	sll	s0,s0,0x2
80400d08:	07b2                	sll	a5,a5,0xc
80400d0a:	943e                	add	s0,s0,a5
80400d0c:	eeb9                	bnez	a3,80400d6a <uvm_alloc+0x90>
80400d0e:	cc31                	beqz	s0,80400d6a <uvm_alloc+0x90>
80400d10:	401c                	lw	a5,0(s0)
80400d12:	0017f713          	and	a4,a5,1
80400d16:	0137e7b3          	or	a5,a5,s3
80400d1a:	eb11                	bnez	a4,80400d2e <uvm_alloc+0x54>
80400d1c:	31f1                	jal	804009e8 <kalloc>
80400d1e:	00c55793          	srl	a5,a0,0xc
80400d22:	07aa                	sll	a5,a5,0xa
80400d24:	0137e7b3          	or	a5,a5,s3
80400d28:	c129                	beqz	a0,80400d6a <uvm_alloc+0x90>
80400d2a:	0d17e793          	or	a5,a5,209
80400d2e:	c01c                	sw	a5,0(s0)
80400d30:	9ad2                	add	s5,s5,s4
80400d32:	052afc63          	bgeu	s5,s2,80400d8a <uvm_alloc+0xb0>
80400d36:	016ad413          	srl	s0,s5,0x16
80400d3a:	040a                	sll	s0,s0,0x2
80400d3c:	9426                	add	s0,s0,s1
80400d3e:	401c                	lw	a5,0(s0)
80400d40:	0017f713          	and	a4,a5,1
80400d44:	00e7f693          	and	a3,a5,14
80400d48:	fb55                	bnez	a4,80400cfc <uvm_alloc+0x22>
80400d4a:	3979                	jal	804009e8 <kalloc>
80400d4c:	00cad793          	srl	a5,s5,0xc
80400d50:	00c55713          	srl	a4,a0,0xc
80400d54:	3ff7f793          	and	a5,a5,1023
80400d58:	072a                	sll	a4,a4,0xa
80400d5a:	00176713          	or	a4,a4,1
80400d5e:	078a                	sll	a5,a5,0x2
80400d60:	c509                	beqz	a0,80400d6a <uvm_alloc+0x90>
80400d62:	c018                	sw	a4,0(s0)
80400d64:	00f50433          	add	s0,a0,a5
80400d68:	b765                	j	80400d10 <uvm_alloc+0x36>
80400d6a:	804277b7          	lui	a5,0x80427
80400d6e:	02c7a783          	lw	a5,44(a5) # 8042702c <active_pagetable>
80400d72:	5551                	li	a0,-12
80400d74:	02978263          	beq	a5,s1,80400d98 <uvm_alloc+0xbe>
80400d78:	40f2                	lw	ra,28(sp)
80400d7a:	4462                	lw	s0,24(sp)
80400d7c:	44d2                	lw	s1,20(sp)
80400d7e:	4942                	lw	s2,16(sp)
80400d80:	49b2                	lw	s3,12(sp)
80400d82:	4a22                	lw	s4,8(sp)
80400d84:	4a92                	lw	s5,4(sp)
80400d86:	6105                	add	sp,sp,32
80400d88:	8082                	ret
80400d8a:	804277b7          	lui	a5,0x80427
80400d8e:	02c7a783          	lw	a5,44(a5) # 8042702c <active_pagetable>
80400d92:	4501                	li	a0,0
80400d94:	fe9792e3          	bne	a5,s1,80400d78 <uvm_alloc+0x9e>
80400d98:	12000073          	sfence.vma
80400d9c:	bff1                	j	80400d78 <uvm_alloc+0x9e>

80400d9e <uvm_dealloc>:
80400d9e:	1101                	add	sp,sp,-32
80400da0:	c84a                	sw	s2,16(sp)
80400da2:	c64e                	sw	s3,12(sp)
80400da4:	ce06                	sw	ra,28(sp)
80400da6:	cc22                	sw	s0,24(sp)
80400da8:	ca26                	sw	s1,20(sp)
80400daa:	c452                	sw	s4,8(sp)
80400dac:	00c589b3          	add	s3,a1,a2
80400db0:	892a                	mv	s2,a0
80400db2:	0535f963          	bgeu	a1,s3,80400e04 <uvm_dealloc+0x66>
80400db6:	842e                	mv	s0,a1
80400db8:	6a05                	lui	s4,0x1
80400dba:	a021                	j	80400dc2 <uvm_dealloc+0x24>
80400dbc:	9452                	add	s0,s0,s4
80400dbe:	05347363          	bgeu	s0,s3,80400e04 <uvm_dealloc+0x66>
80400dc2:	01645793          	srl	a5,s0,0x16
80400dc6:	078a                	sll	a5,a5,0x2
80400dc8:	97ca                	add	a5,a5,s2
80400dca:	439c                	lw	a5,0(a5)
80400dcc:	0017f713          	and	a4,a5,1
80400dd0:	00e7f693          	and	a3,a5,14
80400dd4:	d765                	beqz	a4,80400dbc <uvm_dealloc+0x1e>
80400dd6:	00c45493          	srl	s1,s0,0xc
80400dda:	3ff4f493          	and	s1,s1,1023
80400dde:	83a9                	srl	a5,a5,0xa
80400de0:	048a                	sll	s1,s1,0x2
80400de2:	07b2                	sll	a5,a5,0xc
80400de4:	94be                	add	s1,s1,a5
80400de6:	faf9                	bnez	a3,80400dbc <uvm_dealloc+0x1e>
80400de8:	d8f1                	beqz	s1,80400dbc <uvm_dealloc+0x1e>
80400dea:	409c                	lw	a5,0(s1)
80400dec:	0017f713          	and	a4,a5,1
80400df0:	d771                	beqz	a4,80400dbc <uvm_dealloc+0x1e>
80400df2:	83a9                	srl	a5,a5,0xa
80400df4:	00c79513          	sll	a0,a5,0xc
80400df8:	3929                	jal	80400a12 <kfree>
80400dfa:	9452                	add	s0,s0,s4
80400dfc:	0004a023          	sw	zero,0(s1)
80400e00:	fd3461e3          	bltu	s0,s3,80400dc2 <uvm_dealloc+0x24>
80400e04:	804277b7          	lui	a5,0x80427
80400e08:	02c7a783          	lw	a5,44(a5) # 8042702c <active_pagetable>
80400e0c:	01278a63          	beq	a5,s2,80400e20 <uvm_dealloc+0x82>
80400e10:	40f2                	lw	ra,28(sp)
80400e12:	4462                	lw	s0,24(sp)
80400e14:	44d2                	lw	s1,20(sp)
80400e16:	4942                	lw	s2,16(sp)
80400e18:	49b2                	lw	s3,12(sp)
80400e1a:	4a22                	lw	s4,8(sp)
80400e1c:	6105                	add	sp,sp,32
80400e1e:	8082                	ret
80400e20:	12000073          	sfence.vma
80400e24:	40f2                	lw	ra,28(sp)
80400e26:	4462                	lw	s0,24(sp)
80400e28:	44d2                	lw	s1,20(sp)
80400e2a:	4942                	lw	s2,16(sp)
80400e2c:	49b2                	lw	s3,12(sp)
80400e2e:	4a22                	lw	s4,8(sp)
80400e30:	6105                	add	sp,sp,32
80400e32:	8082                	ret

80400e34 <uvm_pa>:
80400e34:	0c0007b7          	lui	a5,0xc000
80400e38:	00f5e463          	bltu	a1,a5,80400e40 <uvm_pa+0xc>
80400e3c:	4501                	li	a0,0
80400e3e:	8082                	ret
80400e40:	0165d793          	srl	a5,a1,0x16
80400e44:	078a                	sll	a5,a5,0x2
80400e46:	953e                	add	a0,a0,a5
80400e48:	411c                	lw	a5,0(a0)
80400e4a:	0017f513          	and	a0,a5,1
80400e4e:	d965                	beqz	a0,80400e3e <uvm_pa+0xa>
80400e50:	00e7f513          	and	a0,a5,14
80400e54:	f565                	bnez	a0,80400e3c <uvm_pa+0x8>
80400e56:	00c5d713          	srl	a4,a1,0xc
80400e5a:	3ff77713          	and	a4,a4,1023
80400e5e:	83a9                	srl	a5,a5,0xa
80400e60:	070a                	sll	a4,a4,0x2
80400e62:	07b2                	sll	a5,a5,0xc
80400e64:	97ba                	add	a5,a5,a4
80400e66:	01166613          	or	a2,a2,17
80400e6a:	dbf1                	beqz	a5,80400e3e <uvm_pa+0xa>
80400e6c:	439c                	lw	a5,0(a5)
80400e6e:	00c7f733          	and	a4,a5,a2
80400e72:	fcc716e3          	bne	a4,a2,80400e3e <uvm_pa+0xa>
80400e76:	83a9                	srl	a5,a5,0xa
80400e78:	05d2                	sll	a1,a1,0x14
80400e7a:	07b2                	sll	a5,a5,0xc
80400e7c:	81d1                	srl	a1,a1,0x14
80400e7e:	00b7e533          	or	a0,a5,a1
80400e82:	8082                	ret

80400e84 <copyin>:
80400e84:	cacd                	beqz	a3,80400f36 <copyin+0xb2>
80400e86:	7179                	add	sp,sp,-48
80400e88:	d04a                	sw	s2,32(sp)
80400e8a:	d606                	sw	ra,44(sp)
80400e8c:	d422                	sw	s0,40(sp)
80400e8e:	d226                	sw	s1,36(sp)
80400e90:	ce4e                	sw	s3,28(sp)
80400e92:	cc52                	sw	s4,24(sp)
80400e94:	ca56                	sw	s5,20(sp)
80400e96:	c85a                	sw	s6,16(sp)
80400e98:	c65e                	sw	s7,12(sp)
80400e9a:	c462                	sw	s8,8(sp)
80400e9c:	0c0007b7          	lui	a5,0xc000
80400ea0:	8932                	mv	s2,a2
80400ea2:	00f66f63          	bltu	a2,a5,80400ec0 <copyin+0x3c>
80400ea6:	5549                	li	a0,-14
80400ea8:	50b2                	lw	ra,44(sp)
80400eaa:	5422                	lw	s0,40(sp)
80400eac:	5492                	lw	s1,36(sp)
80400eae:	5902                	lw	s2,32(sp)
80400eb0:	49f2                	lw	s3,28(sp)
80400eb2:	4a62                	lw	s4,24(sp)
80400eb4:	4ad2                	lw	s5,20(sp)
80400eb6:	4b42                	lw	s6,16(sp)
80400eb8:	4bb2                	lw	s7,12(sp)
80400eba:	4c22                	lw	s8,8(sp)
80400ebc:	6145                	add	sp,sp,48
80400ebe:	8082                	ret
80400ec0:	6b05                	lui	s6,0x1
80400ec2:	8436                	mv	s0,a3
80400ec4:	8a2a                	mv	s4,a0
80400ec6:	8c2e                	mv	s8,a1
80400ec8:	4acd                	li	s5,19
80400eca:	fffb0b93          	add	s7,s6,-1 # fff <_entry-0x803ff001>
80400ece:	0c0009b7          	lui	s3,0xc000
80400ed2:	01695793          	srl	a5,s2,0x16
80400ed6:	078a                	sll	a5,a5,0x2
80400ed8:	97d2                	add	a5,a5,s4
80400eda:	439c                	lw	a5,0(a5)
80400edc:	0017f713          	and	a4,a5,1
80400ee0:	00e7f693          	and	a3,a5,14
80400ee4:	d369                	beqz	a4,80400ea6 <copyin+0x22>
80400ee6:	00c95713          	srl	a4,s2,0xc
80400eea:	3ff77713          	and	a4,a4,1023
80400eee:	83a9                	srl	a5,a5,0xa
80400ef0:	070a                	sll	a4,a4,0x2
80400ef2:	07b2                	sll	a5,a5,0xc
80400ef4:	97ba                	add	a5,a5,a4
80400ef6:	fac5                	bnez	a3,80400ea6 <copyin+0x22>
80400ef8:	017976b3          	and	a3,s2,s7
80400efc:	8562                	mv	a0,s8
80400efe:	40db04b3          	sub	s1,s6,a3
80400f02:	d3d5                	beqz	a5,80400ea6 <copyin+0x22>
80400f04:	4398                	lw	a4,0(a5)
80400f06:	00a75793          	srl	a5,a4,0xa
80400f0a:	07b2                	sll	a5,a5,0xc
80400f0c:	8fd5                	or	a5,a5,a3
80400f0e:	8b4d                	and	a4,a4,19
80400f10:	85be                	mv	a1,a5
80400f12:	f9571ae3          	bne	a4,s5,80400ea6 <copyin+0x22>
80400f16:	dbc1                	beqz	a5,80400ea6 <copyin+0x22>
80400f18:	00947363          	bgeu	s0,s1,80400f1e <copyin+0x9a>
80400f1c:	84a2                	mv	s1,s0
80400f1e:	8626                	mv	a2,s1
80400f20:	8c05                	sub	s0,s0,s1
80400f22:	393000ef          	jal	80401ab4 <memcpy>
80400f26:	9926                	add	s2,s2,s1
80400f28:	9c26                	add	s8,s8,s1
80400f2a:	c401                	beqz	s0,80400f32 <copyin+0xae>
80400f2c:	f7397de3          	bgeu	s2,s3,80400ea6 <copyin+0x22>
80400f30:	b74d                	j	80400ed2 <copyin+0x4e>
80400f32:	4501                	li	a0,0
80400f34:	bf95                	j	80400ea8 <copyin+0x24>
80400f36:	4501                	li	a0,0
80400f38:	8082                	ret

80400f3a <copyout>:
80400f3a:	cacd                	beqz	a3,80400fec <copyout+0xb2>
80400f3c:	7179                	add	sp,sp,-48
80400f3e:	d04a                	sw	s2,32(sp)
80400f40:	d606                	sw	ra,44(sp)
80400f42:	d422                	sw	s0,40(sp)
80400f44:	d226                	sw	s1,36(sp)
80400f46:	ce4e                	sw	s3,28(sp)
80400f48:	cc52                	sw	s4,24(sp)
80400f4a:	ca56                	sw	s5,20(sp)
80400f4c:	c85a                	sw	s6,16(sp)
80400f4e:	c65e                	sw	s7,12(sp)
80400f50:	c462                	sw	s8,8(sp)
80400f52:	0c0007b7          	lui	a5,0xc000
80400f56:	892e                	mv	s2,a1
80400f58:	00f5ef63          	bltu	a1,a5,80400f76 <copyout+0x3c>
80400f5c:	5549                	li	a0,-14
80400f5e:	50b2                	lw	ra,44(sp)
80400f60:	5422                	lw	s0,40(sp)
80400f62:	5492                	lw	s1,36(sp)
80400f64:	5902                	lw	s2,32(sp)
80400f66:	49f2                	lw	s3,28(sp)
80400f68:	4a62                	lw	s4,24(sp)
80400f6a:	4ad2                	lw	s5,20(sp)
80400f6c:	4b42                	lw	s6,16(sp)
80400f6e:	4bb2                	lw	s7,12(sp)
80400f70:	4c22                	lw	s8,8(sp)
80400f72:	6145                	add	sp,sp,48
80400f74:	8082                	ret
80400f76:	6b05                	lui	s6,0x1
80400f78:	8436                	mv	s0,a3
80400f7a:	8a2a                	mv	s4,a0
80400f7c:	8c32                	mv	s8,a2
80400f7e:	4ad5                	li	s5,21
80400f80:	fffb0b93          	add	s7,s6,-1 # fff <_entry-0x803ff001>
80400f84:	0c0009b7          	lui	s3,0xc000
80400f88:	01695793          	srl	a5,s2,0x16
80400f8c:	078a                	sll	a5,a5,0x2
80400f8e:	97d2                	add	a5,a5,s4
80400f90:	439c                	lw	a5,0(a5)
80400f92:	0017f713          	and	a4,a5,1
80400f96:	00e7f693          	and	a3,a5,14
80400f9a:	d369                	beqz	a4,80400f5c <copyout+0x22>
80400f9c:	00c95713          	srl	a4,s2,0xc
80400fa0:	3ff77713          	and	a4,a4,1023
80400fa4:	83a9                	srl	a5,a5,0xa
80400fa6:	070a                	sll	a4,a4,0x2
80400fa8:	07b2                	sll	a5,a5,0xc
80400faa:	97ba                	add	a5,a5,a4
80400fac:	fac5                	bnez	a3,80400f5c <copyout+0x22>
80400fae:	017976b3          	and	a3,s2,s7
80400fb2:	85e2                	mv	a1,s8
80400fb4:	40db04b3          	sub	s1,s6,a3
80400fb8:	d3d5                	beqz	a5,80400f5c <copyout+0x22>
80400fba:	4398                	lw	a4,0(a5)
80400fbc:	00a75793          	srl	a5,a4,0xa
80400fc0:	07b2                	sll	a5,a5,0xc
80400fc2:	8fd5                	or	a5,a5,a3
80400fc4:	8b55                	and	a4,a4,21
80400fc6:	853e                	mv	a0,a5
80400fc8:	f9571ae3          	bne	a4,s5,80400f5c <copyout+0x22>
80400fcc:	dbc1                	beqz	a5,80400f5c <copyout+0x22>
80400fce:	00947363          	bgeu	s0,s1,80400fd4 <copyout+0x9a>
80400fd2:	84a2                	mv	s1,s0
80400fd4:	8626                	mv	a2,s1
80400fd6:	8c05                	sub	s0,s0,s1
80400fd8:	2dd000ef          	jal	80401ab4 <memcpy>
80400fdc:	9926                	add	s2,s2,s1
80400fde:	9c26                	add	s8,s8,s1
80400fe0:	c401                	beqz	s0,80400fe8 <copyout+0xae>
80400fe2:	f7397de3          	bgeu	s2,s3,80400f5c <copyout+0x22>
80400fe6:	b74d                	j	80400f88 <copyout+0x4e>
80400fe8:	4501                	li	a0,0
80400fea:	bf95                	j	80400f5e <copyout+0x24>
80400fec:	4501                	li	a0,0
80400fee:	8082                	ret

80400ff0 <copyinstr>:
80400ff0:	c2c9                	beqz	a3,80401072 <copyinstr+0x82>
80400ff2:	0c000337          	lui	t1,0xc000
80400ff6:	00666463          	bltu	a2,t1,80400ffe <copyinstr+0xe>
80400ffa:	5549                	li	a0,-14
80400ffc:	8082                	ret
80400ffe:	6f05                	lui	t5,0x1
80401000:	40c30333          	sub	t1,t1,a2
80401004:	4781                	li	a5,0
80401006:	4ecd                	li	t4,19
80401008:	1f7d                	add	t5,t5,-1 # fff <_entry-0x803ff001>
8040100a:	00f608b3          	add	a7,a2,a5
8040100e:	0168d713          	srl	a4,a7,0x16
80401012:	070a                	sll	a4,a4,0x2
80401014:	972a                	add	a4,a4,a0
80401016:	4318                	lw	a4,0(a4)
80401018:	00177813          	and	a6,a4,1
8040101c:	00e77e13          	and	t3,a4,14
80401020:	fc080de3          	beqz	a6,80400ffa <copyinstr+0xa>
80401024:	00c8d813          	srl	a6,a7,0xc
80401028:	3ff87813          	and	a6,a6,1023
8040102c:	8329                	srl	a4,a4,0xa
8040102e:	080a                	sll	a6,a6,0x2
80401030:	0732                	sll	a4,a4,0xc
80401032:	9742                	add	a4,a4,a6
80401034:	fc0e13e3          	bnez	t3,80400ffa <copyinstr+0xa>
80401038:	00f58e33          	add	t3,a1,a5
8040103c:	01e8f8b3          	and	a7,a7,t5
80401040:	df4d                	beqz	a4,80400ffa <copyinstr+0xa>
80401042:	00072803          	lw	a6,0(a4)
80401046:	00a85713          	srl	a4,a6,0xa
8040104a:	0732                	sll	a4,a4,0xc
8040104c:	01387813          	and	a6,a6,19
80401050:	01176733          	or	a4,a4,a7
80401054:	fbd813e3          	bne	a6,t4,80400ffa <copyinstr+0xa>
80401058:	d34d                	beqz	a4,80400ffa <copyinstr+0xa>
8040105a:	00074703          	lbu	a4,0(a4)
8040105e:	00ee0023          	sb	a4,0(t3) # 1000000 <_entry-0x7f400000>
80401062:	cb19                	beqz	a4,80401078 <copyinstr+0x88>
80401064:	0785                	add	a5,a5,1 # c000001 <_entry-0x743fffff>
80401066:	00f68663          	beq	a3,a5,80401072 <copyinstr+0x82>
8040106a:	fa6790e3          	bne	a5,t1,8040100a <copyinstr+0x1a>
8040106e:	5549                	li	a0,-14
80401070:	8082                	ret
80401072:	fdc00513          	li	a0,-36
80401076:	8082                	ret
80401078:	853e                	mv	a0,a5
8040107a:	8082                	ret

8040107c <either_copyin>:
8040107c:	1141                	add	sp,sp,-16
8040107e:	c422                	sw	s0,8(sp)
80401080:	c226                	sw	s1,4(sp)
80401082:	c04a                	sw	s2,0(sp)
80401084:	c606                	sw	ra,12(sp)
80401086:	842e                	mv	s0,a1
80401088:	84b2                	mv	s1,a2
8040108a:	8936                	mv	s2,a3
8040108c:	ed09                	bnez	a0,804010a6 <either_copyin+0x2a>
8040108e:	85a6                	mv	a1,s1
80401090:	8522                	mv	a0,s0
80401092:	8636                	mv	a2,a3
80401094:	221000ef          	jal	80401ab4 <memcpy>
80401098:	40b2                	lw	ra,12(sp)
8040109a:	4422                	lw	s0,8(sp)
8040109c:	4492                	lw	s1,4(sp)
8040109e:	4902                	lw	s2,0(sp)
804010a0:	4501                	li	a0,0
804010a2:	0141                	add	sp,sp,16
804010a4:	8082                	ret
804010a6:	35f000ef          	jal	80401c04 <myproc>
804010aa:	85a2                	mv	a1,s0
804010ac:	4422                	lw	s0,8(sp)
804010ae:	40b2                	lw	ra,12(sp)
804010b0:	5148                	lw	a0,36(a0)
804010b2:	86ca                	mv	a3,s2
804010b4:	8626                	mv	a2,s1
804010b6:	4902                	lw	s2,0(sp)
804010b8:	4492                	lw	s1,4(sp)
804010ba:	0141                	add	sp,sp,16
804010bc:	b3e1                	j	80400e84 <copyin>

804010be <either_copyout>:
804010be:	1141                	add	sp,sp,-16
804010c0:	c422                	sw	s0,8(sp)
804010c2:	c226                	sw	s1,4(sp)
804010c4:	c04a                	sw	s2,0(sp)
804010c6:	c606                	sw	ra,12(sp)
804010c8:	842e                	mv	s0,a1
804010ca:	84b2                	mv	s1,a2
804010cc:	8936                	mv	s2,a3
804010ce:	ed09                	bnez	a0,804010e8 <either_copyout+0x2a>
804010d0:	85a6                	mv	a1,s1
804010d2:	8522                	mv	a0,s0
804010d4:	8636                	mv	a2,a3
804010d6:	1df000ef          	jal	80401ab4 <memcpy>
804010da:	40b2                	lw	ra,12(sp)
804010dc:	4422                	lw	s0,8(sp)
804010de:	4492                	lw	s1,4(sp)
804010e0:	4902                	lw	s2,0(sp)
804010e2:	4501                	li	a0,0
804010e4:	0141                	add	sp,sp,16
804010e6:	8082                	ret
804010e8:	31d000ef          	jal	80401c04 <myproc>
804010ec:	85a2                	mv	a1,s0
804010ee:	4422                	lw	s0,8(sp)
804010f0:	40b2                	lw	ra,12(sp)
804010f2:	5148                	lw	a0,36(a0)
804010f4:	86ca                	mv	a3,s2
804010f6:	8626                	mv	a2,s1
804010f8:	4902                	lw	s2,0(sp)
804010fa:	4492                	lw	s1,4(sp)
804010fc:	0141                	add	sp,sp,16
804010fe:	bd35                	j	80400f3a <copyout>

80401100 <trap_init>:
80401100:	4781                	li	a5,0
80401102:	14079073          	csrw	sscratch,a5
80401106:	804017b7          	lui	a5,0x80401
8040110a:	27c78793          	add	a5,a5,636 # 8040127c <trap_vector>
8040110e:	10579073          	csrw	stvec,a5
80401112:	22000793          	li	a5,544
80401116:	1047a073          	csrs	sie,a5
8040111a:	8082                	ret

8040111c <user_trap_return>:
8040111c:	1141                	add	sp,sp,-16
8040111e:	c606                	sw	ra,12(sp)
80401120:	2e5000ef          	jal	80401c04 <myproc>
80401124:	4789                	li	a5,2
80401126:	1007b073          	csrc	sstatus,a5
8040112a:	10000793          	li	a5,256
8040112e:	1007b073          	csrc	sstatus,a5
80401132:	02000793          	li	a5,32
80401136:	1007a073          	csrs	sstatus,a5
8040113a:	5948                	lw	a0,52(a0)
8040113c:	2cb9                	jal	8040139a <user_return>

8040113e <user_trap>:
8040113e:	1101                	add	sp,sp,-32
80401140:	cc22                	sw	s0,24(sp)
80401142:	ce06                	sw	ra,28(sp)
80401144:	842a                	mv	s0,a0
80401146:	2bf000ef          	jal	80401c04 <myproc>
8040114a:	08842783          	lw	a5,136(s0)
8040114e:	0607c463          	bltz	a5,804011b6 <user_trap+0x78>
80401152:	46a1                	li	a3,8
80401154:	08042703          	lw	a4,128(s0)
80401158:	04d78463          	beq	a5,a3,804011a0 <user_trap+0x62>
8040115c:	46bd                	li	a3,15
8040115e:	4150                	lw	a2,4(a0)
80401160:	00c50593          	add	a1,a0,12
80401164:	04f6e463          	bltu	a3,a5,804011ac <user_trap+0x6e>
80401168:	804056b7          	lui	a3,0x80405
8040116c:	45068693          	add	a3,a3,1104 # 80405450 <names.0>
80401170:	078a                	sll	a5,a5,0x2
80401172:	97b6                	add	a5,a5,a3
80401174:	4394                	lw	a3,0(a5)
80401176:	ca9d                	beqz	a3,804011ac <user_trap+0x6e>
80401178:	08c42783          	lw	a5,140(s0)
8040117c:	80405537          	lui	a0,0x80405
80401180:	2c850513          	add	a0,a0,712 # 804052c8 <__udivdi3+0x13ba>
80401184:	097000ef          	jal	80401a1a <kprintf>
80401188:	08842783          	lw	a5,136(s0)
8040118c:	4709                	li	a4,2
8040118e:	04e78363          	beq	a5,a4,804011d4 <user_trap+0x96>
80401192:	470d                	li	a4,3
80401194:	04e78363          	beq	a5,a4,804011da <user_trap+0x9c>
80401198:	08b00513          	li	a0,139
8040119c:	53d000ef          	jal	80401ed8 <proc_exit>
804011a0:	0711                	add	a4,a4,4
804011a2:	08e42023          	sw	a4,128(s0)
804011a6:	35a010ef          	jal	80402500 <syscall>
804011aa:	3f8d                	jal	8040111c <user_trap_return>
804011ac:	804056b7          	lui	a3,0x80405
804011b0:	2b068693          	add	a3,a3,688 # 804052b0 <__udivdi3+0x13a2>
804011b4:	b7d1                	j	80401178 <user_trap+0x3a>
804011b6:	0786                	sll	a5,a5,0x1
804011b8:	8385                	srl	a5,a5,0x1
804011ba:	4715                	li	a4,5
804011bc:	02e78263          	beq	a5,a4,804011e0 <user_trap+0xa2>
804011c0:	4725                	li	a4,9
804011c2:	fee794e3          	bne	a5,a4,804011aa <user_trap+0x6c>
804011c6:	2979                	jal	80401664 <plic_claim>
804011c8:	47a9                	li	a5,10
804011ca:	00f50f63          	beq	a0,a5,804011e8 <user_trap+0xaa>
804011ce:	dd71                	beqz	a0,804011aa <user_trap+0x6c>
804011d0:	2971                	jal	8040166c <plic_complete>
804011d2:	bfe1                	j	804011aa <user_trap+0x6c>
804011d4:	08400513          	li	a0,132
804011d8:	b7d1                	j	8040119c <user_trap+0x5e>
804011da:	08500513          	li	a0,133
804011de:	bf7d                	j	8040119c <user_trap+0x5e>
804011e0:	2ce1                	jal	804014b8 <timer_intr>
804011e2:	429000ef          	jal	80401e0a <yield>
804011e6:	b7d1                	j	804011aa <user_trap+0x6c>
804011e8:	c62a                	sw	a0,12(sp)
804011ea:	217d                	jal	80401698 <uart_intr>
804011ec:	4532                	lw	a0,12(sp)
804011ee:	b7cd                	j	804011d0 <user_trap+0x92>

804011f0 <kernel_trap>:
804011f0:	08852603          	lw	a2,136(a0)
804011f4:	1101                	add	sp,sp,-32
804011f6:	ce06                	sw	ra,28(sp)
804011f8:	04065763          	bgez	a2,80401246 <kernel_trap+0x56>
804011fc:	08452783          	lw	a5,132(a0)
80401200:	1007f793          	and	a5,a5,256
80401204:	cb9d                	beqz	a5,8040123a <kernel_trap+0x4a>
80401206:	0606                	sll	a2,a2,0x1
80401208:	8205                	srl	a2,a2,0x1
8040120a:	4795                	li	a5,5
8040120c:	00f60863          	beq	a2,a5,8040121c <kernel_trap+0x2c>
80401210:	47a5                	li	a5,9
80401212:	00f60863          	beq	a2,a5,80401222 <kernel_trap+0x32>
80401216:	40f2                	lw	ra,28(sp)
80401218:	6105                	add	sp,sp,32
8040121a:	8082                	ret
8040121c:	40f2                	lw	ra,28(sp)
8040121e:	6105                	add	sp,sp,32
80401220:	ac61                	j	804014b8 <timer_intr>
80401222:	2189                	jal	80401664 <plic_claim>
80401224:	47a9                	li	a5,10
80401226:	00f50663          	beq	a0,a5,80401232 <kernel_trap+0x42>
8040122a:	d575                	beqz	a0,80401216 <kernel_trap+0x26>
8040122c:	40f2                	lw	ra,28(sp)
8040122e:	6105                	add	sp,sp,32
80401230:	a935                	j	8040166c <plic_complete>
80401232:	c62a                	sw	a0,12(sp)
80401234:	2195                	jal	80401698 <uart_intr>
80401236:	4532                	lw	a0,12(sp)
80401238:	bfd5                	j	8040122c <kernel_trap+0x3c>
8040123a:	80405537          	lui	a0,0x80405
8040123e:	33450513          	add	a0,a0,820 # 80405334 <__udivdi3+0x1426>
80401242:	7fa000ef          	jal	80401a3c <panic>
80401246:	47bd                	li	a5,15
80401248:	02c7e563          	bltu	a5,a2,80401272 <kernel_trap+0x82>
8040124c:	804057b7          	lui	a5,0x80405
80401250:	00261713          	sll	a4,a2,0x2
80401254:	45078793          	add	a5,a5,1104 # 80405450 <names.0>
80401258:	97ba                	add	a5,a5,a4
8040125a:	438c                	lw	a1,0(a5)
8040125c:	c999                	beqz	a1,80401272 <kernel_trap+0x82>
8040125e:	08c52703          	lw	a4,140(a0)
80401262:	08052683          	lw	a3,128(a0)
80401266:	80405537          	lui	a0,0x80405
8040126a:	2f850513          	add	a0,a0,760 # 804052f8 <__udivdi3+0x13ea>
8040126e:	7ce000ef          	jal	80401a3c <panic>
80401272:	804055b7          	lui	a1,0x80405
80401276:	2b058593          	add	a1,a1,688 # 804052b0 <__udivdi3+0x13a2>
8040127a:	b7d5                	j	8040125e <kernel_trap+0x6e>

8040127c <trap_vector>:
8040127c:	14011173          	csrrw	sp,sscratch,sp
80401280:	06010463          	beqz	sp,804012e8 <from_kernel>
80401284:	c206                	sw	ra,4(sp)
80401286:	c60e                	sw	gp,12(sp)
80401288:	c812                	sw	tp,16(sp)
8040128a:	ca16                	sw	t0,20(sp)
8040128c:	cc1a                	sw	t1,24(sp)
8040128e:	ce1e                	sw	t2,28(sp)
80401290:	d022                	sw	s0,32(sp)
80401292:	d226                	sw	s1,36(sp)
80401294:	d42a                	sw	a0,40(sp)
80401296:	d62e                	sw	a1,44(sp)
80401298:	d832                	sw	a2,48(sp)
8040129a:	da36                	sw	a3,52(sp)
8040129c:	dc3a                	sw	a4,56(sp)
8040129e:	de3e                	sw	a5,60(sp)
804012a0:	c0c2                	sw	a6,64(sp)
804012a2:	c2c6                	sw	a7,68(sp)
804012a4:	c4ca                	sw	s2,72(sp)
804012a6:	c6ce                	sw	s3,76(sp)
804012a8:	c8d2                	sw	s4,80(sp)
804012aa:	cad6                	sw	s5,84(sp)
804012ac:	ccda                	sw	s6,88(sp)
804012ae:	cede                	sw	s7,92(sp)
804012b0:	d0e2                	sw	s8,96(sp)
804012b2:	d2e6                	sw	s9,100(sp)
804012b4:	d4ea                	sw	s10,104(sp)
804012b6:	d6ee                	sw	s11,108(sp)
804012b8:	d8f2                	sw	t3,112(sp)
804012ba:	daf6                	sw	t4,116(sp)
804012bc:	dcfa                	sw	t5,120(sp)
804012be:	defe                	sw	t6,124(sp)
804012c0:	140022f3          	csrr	t0,sscratch
804012c4:	c416                	sw	t0,8(sp)
804012c6:	14001073          	csrw	sscratch,zero
804012ca:	141022f3          	csrr	t0,sepc
804012ce:	c116                	sw	t0,128(sp)
804012d0:	100022f3          	csrr	t0,sstatus
804012d4:	c316                	sw	t0,132(sp)
804012d6:	142022f3          	csrr	t0,scause
804012da:	c516                	sw	t0,136(sp)
804012dc:	143022f3          	csrr	t0,stval
804012e0:	c716                	sw	t0,140(sp)
804012e2:	850a                	mv	a0,sp
804012e4:	3da9                	jal	8040113e <user_trap>
804012e6:	a001                	j	804012e6 <trap_vector+0x6a>

804012e8 <from_kernel>:
804012e8:	14011173          	csrrw	sp,sscratch,sp
804012ec:	7175                	add	sp,sp,-144
804012ee:	c206                	sw	ra,4(sp)
804012f0:	c60e                	sw	gp,12(sp)
804012f2:	c812                	sw	tp,16(sp)
804012f4:	ca16                	sw	t0,20(sp)
804012f6:	cc1a                	sw	t1,24(sp)
804012f8:	ce1e                	sw	t2,28(sp)
804012fa:	d022                	sw	s0,32(sp)
804012fc:	d226                	sw	s1,36(sp)
804012fe:	d42a                	sw	a0,40(sp)
80401300:	d62e                	sw	a1,44(sp)
80401302:	d832                	sw	a2,48(sp)
80401304:	da36                	sw	a3,52(sp)
80401306:	dc3a                	sw	a4,56(sp)
80401308:	de3e                	sw	a5,60(sp)
8040130a:	c0c2                	sw	a6,64(sp)
8040130c:	c2c6                	sw	a7,68(sp)
8040130e:	c4ca                	sw	s2,72(sp)
80401310:	c6ce                	sw	s3,76(sp)
80401312:	c8d2                	sw	s4,80(sp)
80401314:	cad6                	sw	s5,84(sp)
80401316:	ccda                	sw	s6,88(sp)
80401318:	cede                	sw	s7,92(sp)
8040131a:	d0e2                	sw	s8,96(sp)
8040131c:	d2e6                	sw	s9,100(sp)
8040131e:	d4ea                	sw	s10,104(sp)
80401320:	d6ee                	sw	s11,108(sp)
80401322:	d8f2                	sw	t3,112(sp)
80401324:	daf6                	sw	t4,116(sp)
80401326:	dcfa                	sw	t5,120(sp)
80401328:	defe                	sw	t6,124(sp)
8040132a:	09010293          	add	t0,sp,144
8040132e:	c416                	sw	t0,8(sp)
80401330:	141022f3          	csrr	t0,sepc
80401334:	c116                	sw	t0,128(sp)
80401336:	100022f3          	csrr	t0,sstatus
8040133a:	c316                	sw	t0,132(sp)
8040133c:	142022f3          	csrr	t0,scause
80401340:	c516                	sw	t0,136(sp)
80401342:	143022f3          	csrr	t0,stval
80401346:	c716                	sw	t0,140(sp)
80401348:	850a                	mv	a0,sp
8040134a:	355d                	jal	804011f0 <kernel_trap>
8040134c:	428a                	lw	t0,128(sp)
8040134e:	14129073          	csrw	sepc,t0
80401352:	429a                	lw	t0,132(sp)
80401354:	10029073          	csrw	sstatus,t0
80401358:	4092                	lw	ra,4(sp)
8040135a:	41b2                	lw	gp,12(sp)
8040135c:	4242                	lw	tp,16(sp)
8040135e:	42d2                	lw	t0,20(sp)
80401360:	4362                	lw	t1,24(sp)
80401362:	43f2                	lw	t2,28(sp)
80401364:	5402                	lw	s0,32(sp)
80401366:	5492                	lw	s1,36(sp)
80401368:	5522                	lw	a0,40(sp)
8040136a:	55b2                	lw	a1,44(sp)
8040136c:	5642                	lw	a2,48(sp)
8040136e:	56d2                	lw	a3,52(sp)
80401370:	5762                	lw	a4,56(sp)
80401372:	57f2                	lw	a5,60(sp)
80401374:	4806                	lw	a6,64(sp)
80401376:	4896                	lw	a7,68(sp)
80401378:	4926                	lw	s2,72(sp)
8040137a:	49b6                	lw	s3,76(sp)
8040137c:	4a46                	lw	s4,80(sp)
8040137e:	4ad6                	lw	s5,84(sp)
80401380:	4b66                	lw	s6,88(sp)
80401382:	4bf6                	lw	s7,92(sp)
80401384:	5c06                	lw	s8,96(sp)
80401386:	5c96                	lw	s9,100(sp)
80401388:	5d26                	lw	s10,104(sp)
8040138a:	5db6                	lw	s11,108(sp)
8040138c:	5e46                	lw	t3,112(sp)
8040138e:	5ed6                	lw	t4,116(sp)
80401390:	5f66                	lw	t5,120(sp)
80401392:	5ff6                	lw	t6,124(sp)
80401394:	6149                	add	sp,sp,144
80401396:	10200073          	sret

8040139a <user_return>:
8040139a:	14051073          	csrw	sscratch,a0
8040139e:	08052283          	lw	t0,128(a0)
804013a2:	14129073          	csrw	sepc,t0
804013a6:	00452083          	lw	ra,4(a0)
804013aa:	00852103          	lw	sp,8(a0)
804013ae:	00c52183          	lw	gp,12(a0)
804013b2:	01052203          	lw	tp,16(a0)
804013b6:	01452283          	lw	t0,20(a0)
804013ba:	01852303          	lw	t1,24(a0)
804013be:	01c52383          	lw	t2,28(a0)
804013c2:	5100                	lw	s0,32(a0)
804013c4:	5144                	lw	s1,36(a0)
804013c6:	554c                	lw	a1,44(a0)
804013c8:	5910                	lw	a2,48(a0)
804013ca:	5954                	lw	a3,52(a0)
804013cc:	5d18                	lw	a4,56(a0)
804013ce:	5d5c                	lw	a5,60(a0)
804013d0:	04052803          	lw	a6,64(a0)
804013d4:	04452883          	lw	a7,68(a0)
804013d8:	04852903          	lw	s2,72(a0)
804013dc:	04c52983          	lw	s3,76(a0)
804013e0:	05052a03          	lw	s4,80(a0)
804013e4:	05452a83          	lw	s5,84(a0)
804013e8:	05852b03          	lw	s6,88(a0)
804013ec:	05c52b83          	lw	s7,92(a0)
804013f0:	06052c03          	lw	s8,96(a0)
804013f4:	06452c83          	lw	s9,100(a0)
804013f8:	06852d03          	lw	s10,104(a0)
804013fc:	06c52d83          	lw	s11,108(a0)
80401400:	07052e03          	lw	t3,112(a0)
80401404:	07452e83          	lw	t4,116(a0)
80401408:	07852f03          	lw	t5,120(a0)
8040140c:	07c52f83          	lw	t6,124(a0)
80401410:	5508                	lw	a0,40(a0)
80401412:	10200073          	sret

80401416 <swtch>:
80401416:	00152023          	sw	ra,0(a0)
8040141a:	00252223          	sw	sp,4(a0)
8040141e:	c500                	sw	s0,8(a0)
80401420:	c544                	sw	s1,12(a0)
80401422:	01252823          	sw	s2,16(a0)
80401426:	01352a23          	sw	s3,20(a0)
8040142a:	01452c23          	sw	s4,24(a0)
8040142e:	01552e23          	sw	s5,28(a0)
80401432:	03652023          	sw	s6,32(a0)
80401436:	03752223          	sw	s7,36(a0)
8040143a:	03852423          	sw	s8,40(a0)
8040143e:	03952623          	sw	s9,44(a0)
80401442:	03a52823          	sw	s10,48(a0)
80401446:	03b52a23          	sw	s11,52(a0)
8040144a:	0005a083          	lw	ra,0(a1)
8040144e:	0045a103          	lw	sp,4(a1)
80401452:	4580                	lw	s0,8(a1)
80401454:	45c4                	lw	s1,12(a1)
80401456:	0105a903          	lw	s2,16(a1)
8040145a:	0145a983          	lw	s3,20(a1)
8040145e:	0185aa03          	lw	s4,24(a1)
80401462:	01c5aa83          	lw	s5,28(a1)
80401466:	0205ab03          	lw	s6,32(a1)
8040146a:	0245ab83          	lw	s7,36(a1)
8040146e:	0285ac03          	lw	s8,40(a1)
80401472:	02c5ac83          	lw	s9,44(a1)
80401476:	0305ad03          	lw	s10,48(a1)
8040147a:	0345ad83          	lw	s11,52(a1)
8040147e:	8082                	ret

80401480 <timer_init>:
80401480:	c81027f3          	rdtimeh	a5
80401484:	c01026f3          	rdtime	a3
80401488:	c8102773          	rdtimeh	a4
8040148c:	fee79ae3          	bne	a5,a4,80401480 <timer_init>
80401490:	6561                	lui	a0,0x18
80401492:	6a050513          	add	a0,a0,1696 # 186a0 <_entry-0x803e7960>
80401496:	9536                	add	a0,a0,a3
80401498:	00d535b3          	sltu	a1,a0,a3
8040149c:	80427637          	lui	a2,0x80427
804014a0:	80427737          	lui	a4,0x80427
804014a4:	95be                	add	a1,a1,a5
804014a6:	04d62023          	sw	a3,64(a2) # 80427040 <boot_time>
804014aa:	04f62223          	sw	a5,68(a2)
804014ae:	02a72c23          	sw	a0,56(a4) # 80427038 <next_tick>
804014b2:	02b72e23          	sw	a1,60(a4)
804014b6:	a2a9                	j	80401600 <sbi_set_timer>

804014b8 <timer_intr>:
804014b8:	1141                	add	sp,sp,-16
804014ba:	c606                	sw	ra,12(sp)
804014bc:	c81027f3          	rdtimeh	a5
804014c0:	c01026f3          	rdtime	a3
804014c4:	c8102773          	rdtimeh	a4
804014c8:	fee79ae3          	bne	a5,a4,804014bc <timer_intr+0x4>
804014cc:	80427837          	lui	a6,0x80427
804014d0:	03882703          	lw	a4,56(a6) # 80427038 <next_tick>
804014d4:	6661                	lui	a2,0x18
804014d6:	03c82583          	lw	a1,60(a6)
804014da:	6a060613          	add	a2,a2,1696 # 186a0 <_entry-0x803e7960>
804014de:	963a                	add	a2,a2,a4
804014e0:	00e63733          	sltu	a4,a2,a4
804014e4:	972e                	add	a4,a4,a1
804014e6:	8532                	mv	a0,a2
804014e8:	85ba                	mv	a1,a4
804014ea:	00e7ee63          	bltu	a5,a4,80401506 <timer_intr+0x4e>
804014ee:	02f70e63          	beq	a4,a5,8040152a <timer_intr+0x72>
804014f2:	6561                	lui	a0,0x18
804014f4:	6a050513          	add	a0,a0,1696 # 186a0 <_entry-0x803e7960>
804014f8:	9536                	add	a0,a0,a3
804014fa:	00d536b3          	sltu	a3,a0,a3
804014fe:	00f685b3          	add	a1,a3,a5
80401502:	862a                	mv	a2,a0
80401504:	872e                	mv	a4,a1
80401506:	02e82e23          	sw	a4,60(a6)
8040150a:	02c82c23          	sw	a2,56(a6)
8040150e:	28cd                	jal	80401600 <sbi_set_timer>
80401510:	804277b7          	lui	a5,0x80427
80401514:	0347a703          	lw	a4,52(a5) # 80427034 <ticks>
80401518:	40b2                	lw	ra,12(sp)
8040151a:	03478513          	add	a0,a5,52
8040151e:	0705                	add	a4,a4,1
80401520:	02e7aa23          	sw	a4,52(a5)
80401524:	0141                	add	sp,sp,16
80401526:	1350006f          	j	80401e5a <wakeup>
8040152a:	fcc6eee3          	bltu	a3,a2,80401506 <timer_intr+0x4e>
8040152e:	b7d1                	j	804014f2 <timer_intr+0x3a>

80401530 <uptime_ms>:
80401530:	1141                	add	sp,sp,-16
80401532:	c606                	sw	ra,12(sp)
80401534:	c81027f3          	rdtimeh	a5
80401538:	c01025f3          	rdtime	a1
8040153c:	c8102773          	rdtimeh	a4
80401540:	fee79ae3          	bne	a5,a4,80401534 <uptime_ms+0x4>
80401544:	80427737          	lui	a4,0x80427
80401548:	04072503          	lw	a0,64(a4) # 80427040 <boot_time>
8040154c:	04472703          	lw	a4,68(a4)
80401550:	6609                	lui	a2,0x2
80401552:	40a58533          	sub	a0,a1,a0
80401556:	00a5b5b3          	sltu	a1,a1,a0
8040155a:	8f99                	sub	a5,a5,a4
8040155c:	71060613          	add	a2,a2,1808 # 2710 <_entry-0x803fd8f0>
80401560:	4681                	li	a3,0
80401562:	40b785b3          	sub	a1,a5,a1
80401566:	1a9020ef          	jal	80403f0e <__udivdi3>
8040156a:	40b2                	lw	ra,12(sp)
8040156c:	0141                	add	sp,sp,16
8040156e:	8082                	ret

80401570 <timer_sleep_ms>:
80401570:	1141                	add	sp,sp,-16
80401572:	c606                	sw	ra,12(sp)
80401574:	c422                	sw	s0,8(sp)
80401576:	c226                	sw	s1,4(sp)
80401578:	c04a                	sw	s2,0(sp)
8040157a:	c8102773          	rdtimeh	a4
8040157e:	c01027f3          	rdtime	a5
80401582:	c81026f3          	rdtimeh	a3
80401586:	fed71ae3          	bne	a4,a3,8040157a <timer_sleep_ms+0xa>
8040158a:	6689                	lui	a3,0x2
8040158c:	71068693          	add	a3,a3,1808 # 2710 <_entry-0x803fd8f0>
80401590:	02d50933          	mul	s2,a0,a3
80401594:	804274b7          	lui	s1,0x80427
80401598:	02d53533          	mulhu	a0,a0,a3
8040159c:	993e                	add	s2,s2,a5
8040159e:	00f937b3          	sltu	a5,s2,a5
804015a2:	972a                	add	a4,a4,a0
804015a4:	00e78433          	add	s0,a5,a4
804015a8:	c81027f3          	rdtimeh	a5
804015ac:	c01026f3          	rdtime	a3
804015b0:	c8102773          	rdtimeh	a4
804015b4:	fee79ae3          	bne	a5,a4,804015a8 <timer_sleep_ms+0x38>
804015b8:	03448513          	add	a0,s1,52 # 80427034 <ticks>
804015bc:	0087f563          	bgeu	a5,s0,804015c6 <timer_sleep_ms+0x56>
804015c0:	067000ef          	jal	80401e26 <sleep_on>
804015c4:	b7d5                	j	804015a8 <timer_sleep_ms+0x38>
804015c6:	00f41463          	bne	s0,a5,804015ce <timer_sleep_ms+0x5e>
804015ca:	ff26ebe3          	bltu	a3,s2,804015c0 <timer_sleep_ms+0x50>
804015ce:	40b2                	lw	ra,12(sp)
804015d0:	4422                	lw	s0,8(sp)
804015d2:	4492                	lw	s1,4(sp)
804015d4:	4902                	lw	s2,0(sp)
804015d6:	0141                	add	sp,sp,16
804015d8:	8082                	ret

804015da <sbi_init>:
804015da:	54495537          	lui	a0,0x54495
804015de:	d4550513          	add	a0,a0,-699 # 54494d45 <_entry-0x2bf6b2bb>
804015e2:	4581                	li	a1,0
804015e4:	4601                	li	a2,0
804015e6:	480d                	li	a6,3
804015e8:	48c1                	li	a7,16
804015ea:	00000073          	ecall
804015ee:	4781                	li	a5,0
804015f0:	e119                	bnez	a0,804015f6 <sbi_init+0x1c>
804015f2:	00b037b3          	snez	a5,a1
804015f6:	80427737          	lui	a4,0x80427
804015fa:	04f72423          	sw	a5,72(a4) # 80427048 <have_time_ext>
804015fe:	8082                	ret

80401600 <sbi_set_timer>:
80401600:	804277b7          	lui	a5,0x80427
80401604:	0487a783          	lw	a5,72(a5) # 80427048 <have_time_ext>
80401608:	4601                	li	a2,0
8040160a:	4801                	li	a6,0
8040160c:	cb81                	beqz	a5,8040161c <sbi_set_timer+0x1c>
8040160e:	544958b7          	lui	a7,0x54495
80401612:	d4588893          	add	a7,a7,-699 # 54494d45 <_entry-0x2bf6b2bb>
80401616:	00000073          	ecall
8040161a:	8082                	ret
8040161c:	4881                	li	a7,0
8040161e:	00000073          	ecall
80401622:	8082                	ret

80401624 <sbi_shutdown>:
80401624:	535258b7          	lui	a7,0x53525
80401628:	85aa                	mv	a1,a0
8040162a:	4601                	li	a2,0
8040162c:	4501                	li	a0,0
8040162e:	4801                	li	a6,0
80401630:	35488893          	add	a7,a7,852 # 53525354 <_entry-0x2cedacac>
80401634:	00000073          	ecall
80401638:	10500073          	wfi
8040163c:	10500073          	wfi
80401640:	bfe5                	j	80401638 <sbi_shutdown+0x14>

80401642 <plic_init>:
80401642:	0c0007b7          	lui	a5,0xc000
80401646:	4705                	li	a4,1
80401648:	d798                	sw	a4,40(a5)
8040164a:	0c002737          	lui	a4,0xc002
8040164e:	08072783          	lw	a5,128(a4) # c002080 <_entry-0x743fdf80>
80401652:	4007e793          	or	a5,a5,1024
80401656:	08f72023          	sw	a5,128(a4)
8040165a:	0c2017b7          	lui	a5,0xc201
8040165e:	0007a023          	sw	zero,0(a5) # c201000 <_entry-0x741ff000>
80401662:	8082                	ret

80401664 <plic_claim>:
80401664:	0c2017b7          	lui	a5,0xc201
80401668:	43c8                	lw	a0,4(a5)
8040166a:	8082                	ret

8040166c <plic_complete>:
8040166c:	0c2017b7          	lui	a5,0xc201
80401670:	c3c8                	sw	a0,4(a5)
80401672:	8082                	ret

80401674 <uart_init>:
80401674:	100007b7          	lui	a5,0x10000
80401678:	4705                	li	a4,1
8040167a:	00e780a3          	sb	a4,1(a5) # 10000001 <_entry-0x703fffff>
8040167e:	8082                	ret

80401680 <uart_putc>:
80401680:	10000737          	lui	a4,0x10000
80401684:	00574783          	lbu	a5,5(a4) # 10000005 <_entry-0x703ffffb>
80401688:	0207f793          	and	a5,a5,32
8040168c:	dfe5                	beqz	a5,80401684 <uart_putc+0x4>
8040168e:	0ff57513          	zext.b	a0,a0
80401692:	00a70023          	sb	a0,0(a4)
80401696:	8082                	ret

80401698 <uart_intr>:
80401698:	1141                	add	sp,sp,-16
8040169a:	c422                	sw	s0,8(sp)
8040169c:	c606                	sw	ra,12(sp)
8040169e:	10000437          	lui	s0,0x10000
804016a2:	a801                	j	804016b2 <uart_intr+0x1a>
804016a4:	00544783          	lbu	a5,5(s0) # 10000005 <_entry-0x703ffffb>
804016a8:	8b85                	and	a5,a5,1
804016aa:	c385                	beqz	a5,804016ca <uart_intr+0x32>
804016ac:	00044503          	lbu	a0,0(s0)
804016b0:	2899                	jal	80401706 <console_input>
804016b2:	282d                	jal	804016ec <console_room>
804016b4:	fea048e3          	bgtz	a0,804016a4 <uart_intr+0xc>
804016b8:	804277b7          	lui	a5,0x80427
804016bc:	4705                	li	a4,1
804016be:	04e7a623          	sw	a4,76(a5) # 8042704c <rx_paused>
804016c2:	100007b7          	lui	a5,0x10000
804016c6:	000780a3          	sb	zero,1(a5) # 10000001 <_entry-0x703fffff>
804016ca:	40b2                	lw	ra,12(sp)
804016cc:	4422                	lw	s0,8(sp)
804016ce:	0141                	add	sp,sp,16
804016d0:	8082                	ret

804016d2 <uart_rx_resume>:
804016d2:	804277b7          	lui	a5,0x80427
804016d6:	04c7a703          	lw	a4,76(a5) # 8042704c <rx_paused>
804016da:	cb01                	beqz	a4,804016ea <uart_rx_resume+0x18>
804016dc:	0407a623          	sw	zero,76(a5)
804016e0:	4705                	li	a4,1
804016e2:	100007b7          	lui	a5,0x10000
804016e6:	00e780a3          	sb	a4,1(a5) # 10000001 <_entry-0x703fffff>
804016ea:	8082                	ret

804016ec <console_room>:
804016ec:	8042b7b7          	lui	a5,0x8042b
804016f0:	28078793          	add	a5,a5,640 # 8042b280 <cons>
804016f4:	2007a703          	lw	a4,512(a5)
804016f8:	2047a503          	lw	a0,516(a5)
804016fc:	20070713          	add	a4,a4,512
80401700:	40a70533          	sub	a0,a4,a0
80401704:	8082                	ret

80401706 <console_input>:
80401706:	8042b737          	lui	a4,0x8042b
8040170a:	28070693          	add	a3,a4,640 # 8042b280 <cons>
8040170e:	2046a783          	lw	a5,516(a3)
80401712:	862a                	mv	a2,a0
80401714:	28070513          	add	a0,a4,640
80401718:	1ff7f713          	and	a4,a5,511
8040171c:	9736                	add	a4,a4,a3
8040171e:	0785                	add	a5,a5,1
80401720:	20f6a223          	sw	a5,516(a3)
80401724:	00c70023          	sb	a2,0(a4)
80401728:	7320006f          	j	80401e5a <wakeup>

8040172c <console_read>:
8040172c:	c9d1                	beqz	a1,804017c0 <console_read+0x94>
8040172e:	7179                	add	sp,sp,-48
80401730:	d226                	sw	s1,36(sp)
80401732:	8042b4b7          	lui	s1,0x8042b
80401736:	d422                	sw	s0,40(sp)
80401738:	28048413          	add	s0,s1,640 # 8042b280 <cons>
8040173c:	20042783          	lw	a5,512(s0)
80401740:	20442683          	lw	a3,516(s0)
80401744:	d04a                	sw	s2,32(sp)
80401746:	ce4e                	sw	s3,28(sp)
80401748:	d606                	sw	ra,44(sp)
8040174a:	cc52                	sw	s4,24(sp)
8040174c:	892e                	mv	s2,a1
8040174e:	89aa                	mv	s3,a0
80401750:	00f69b63          	bne	a3,a5,80401766 <console_read+0x3a>
80401754:	28048513          	add	a0,s1,640
80401758:	25f9                	jal	80401e26 <sleep_on>
8040175a:	20042783          	lw	a5,512(s0)
8040175e:	20442683          	lw	a3,516(s0)
80401762:	fed789e3          	beq	a5,a3,80401754 <console_read+0x28>
80401766:	4481                	li	s1,0
80401768:	4a11                	li	s4,4
8040176a:	a825                	j	804017a2 <console_read+0x76>
8040176c:	00074703          	lbu	a4,0(a4)
80401770:	00e107a3          	sb	a4,15(sp)
80401774:	05470863          	beq	a4,s4,804017c4 <console_read+0x98>
80401778:	2171                	jal	80401c04 <myproc>
8040177a:	5148                	lw	a0,36(a0)
8040177c:	009985b3          	add	a1,s3,s1
80401780:	4685                	li	a3,1
80401782:	00f10613          	add	a2,sp,15
80401786:	fb4ff0ef          	jal	80400f3a <copyout>
8040178a:	04054463          	bltz	a0,804017d2 <console_read+0xa6>
8040178e:	20042783          	lw	a5,512(s0)
80401792:	0485                	add	s1,s1,1
80401794:	0785                	add	a5,a5,1
80401796:	20f42023          	sw	a5,512(s0)
8040179a:	00990963          	beq	s2,s1,804017ac <console_read+0x80>
8040179e:	20442683          	lw	a3,516(s0)
804017a2:	1ff7f713          	and	a4,a5,511
804017a6:	9722                	add	a4,a4,s0
804017a8:	fcd792e3          	bne	a5,a3,8040176c <console_read+0x40>
804017ac:	371d                	jal	804016d2 <uart_rx_resume>
804017ae:	8526                	mv	a0,s1
804017b0:	50b2                	lw	ra,44(sp)
804017b2:	5422                	lw	s0,40(sp)
804017b4:	5492                	lw	s1,36(sp)
804017b6:	5902                	lw	s2,32(sp)
804017b8:	49f2                	lw	s3,28(sp)
804017ba:	4a62                	lw	s4,24(sp)
804017bc:	6145                	add	sp,sp,48
804017be:	8082                	ret
804017c0:	4501                	li	a0,0
804017c2:	8082                	ret
804017c4:	0014b713          	seqz	a4,s1
804017c8:	97ba                	add	a5,a5,a4
804017ca:	20f42023          	sw	a5,512(s0)
804017ce:	3711                	jal	804016d2 <uart_rx_resume>
804017d0:	bff9                	j	804017ae <console_read+0x82>
804017d2:	fce9                	bnez	s1,804017ac <console_read+0x80>
804017d4:	3dfd                	jal	804016d2 <uart_rx_resume>
804017d6:	5549                	li	a0,-14
804017d8:	bfe1                	j	804017b0 <console_read+0x84>

804017da <console_write>:
804017da:	711d                	add	sp,sp,-96
804017dc:	c4d2                	sw	s4,72(sp)
804017de:	ce86                	sw	ra,92(sp)
804017e0:	cca2                	sw	s0,88(sp)
804017e2:	caa6                	sw	s1,84(sp)
804017e4:	c8ca                	sw	s2,80(sp)
804017e6:	c6ce                	sw	s3,76(sp)
804017e8:	c2d6                	sw	s5,68(sp)
804017ea:	c0da                	sw	s6,64(sp)
804017ec:	8a2e                	mv	s4,a1
804017ee:	c1b9                	beqz	a1,80401834 <console_write+0x5a>
804017f0:	8aaa                	mv	s5,a0
804017f2:	4901                	li	s2,0
804017f4:	04000b13          	li	s6,64
804017f8:	412a09b3          	sub	s3,s4,s2
804017fc:	013b7463          	bgeu	s6,s3,80401804 <console_write+0x2a>
80401800:	04000993          	li	s3,64
80401804:	2101                	jal	80401c04 <myproc>
80401806:	5148                	lw	a0,36(a0)
80401808:	86ce                	mv	a3,s3
8040180a:	012a8633          	add	a2,s5,s2
8040180e:	858a                	mv	a1,sp
80401810:	e74ff0ef          	jal	80400e84 <copyin>
80401814:	02054b63          	bltz	a0,8040184a <console_write+0x70>
80401818:	840a                	mv	s0,sp
8040181a:	013104b3          	add	s1,sp,s3
8040181e:	012a0863          	beq	s4,s2,8040182e <console_write+0x54>
80401822:	00044503          	lbu	a0,0(s0)
80401826:	0405                	add	s0,s0,1
80401828:	3da1                	jal	80401680 <uart_putc>
8040182a:	fe849ce3          	bne	s1,s0,80401822 <console_write+0x48>
8040182e:	994e                	add	s2,s2,s3
80401830:	fd4964e3          	bltu	s2,s4,804017f8 <console_write+0x1e>
80401834:	8552                	mv	a0,s4
80401836:	40f6                	lw	ra,92(sp)
80401838:	4466                	lw	s0,88(sp)
8040183a:	44d6                	lw	s1,84(sp)
8040183c:	4946                	lw	s2,80(sp)
8040183e:	49b6                	lw	s3,76(sp)
80401840:	4a26                	lw	s4,72(sp)
80401842:	4a96                	lw	s5,68(sp)
80401844:	4b06                	lw	s6,64(sp)
80401846:	6125                	add	sp,sp,96
80401848:	8082                	ret
8040184a:	5549                	li	a0,-14
8040184c:	fe0905e3          	beqz	s2,80401836 <console_write+0x5c>
80401850:	854a                	mv	a0,s2
80401852:	b7d5                	j	80401836 <console_write+0x5c>

80401854 <print_uint>:
80401854:	7179                	add	sp,sp,-48
80401856:	ce4e                	sw	s3,28(sp)
80401858:	89b2                	mv	s3,a2
8040185a:	80405637          	lui	a2,0x80405
8040185e:	d422                	sw	s0,40(sp)
80401860:	d04a                	sw	s2,32(sp)
80401862:	cc52                	sw	s4,24(sp)
80401864:	d606                	sw	ra,44(sp)
80401866:	d226                	sw	s1,36(sp)
80401868:	8a36                	mv	s4,a3
8040186a:	4401                	li	s0,0
8040186c:	00410913          	add	s2,sp,4
80401870:	49060613          	add	a2,a2,1168 # 80405490 <names.0+0x40>
80401874:	02b577b3          	remu	a5,a0,a1
80401878:	0405                	add	s0,s0,1
8040187a:	008904b3          	add	s1,s2,s0
8040187e:	872a                	mv	a4,a0
80401880:	97b2                	add	a5,a5,a2
80401882:	0007c783          	lbu	a5,0(a5)
80401886:	02b55533          	divu	a0,a0,a1
8040188a:	fef48fa3          	sb	a5,-1(s1)
8040188e:	feb773e3          	bgeu	a4,a1,80401874 <print_uint+0x20>
80401892:	01345763          	bge	s0,s3,804018a0 <print_uint+0x4c>
80401896:	0405                	add	s0,s0,1
80401898:	8552                	mv	a0,s4
8040189a:	33dd                	jal	80401680 <uart_putc>
8040189c:	fe899de3          	bne	s3,s0,80401896 <print_uint+0x42>
804018a0:	fff4c503          	lbu	a0,-1(s1)
804018a4:	14fd                	add	s1,s1,-1
804018a6:	3be9                	jal	80401680 <uart_putc>
804018a8:	fe991ce3          	bne	s2,s1,804018a0 <print_uint+0x4c>
804018ac:	50b2                	lw	ra,44(sp)
804018ae:	5422                	lw	s0,40(sp)
804018b0:	5492                	lw	s1,36(sp)
804018b2:	5902                	lw	s2,32(sp)
804018b4:	49f2                	lw	s3,28(sp)
804018b6:	4a62                	lw	s4,24(sp)
804018b8:	6145                	add	sp,sp,48
804018ba:	8082                	ret

804018bc <vkprintf>:
804018bc:	7139                	add	sp,sp,-64
804018be:	cc62                	sw	s8,24(sp)
804018c0:	de06                	sw	ra,60(sp)
804018c2:	dc22                	sw	s0,56(sp)
804018c4:	da26                	sw	s1,52(sp)
804018c6:	d84a                	sw	s2,48(sp)
804018c8:	d64e                	sw	s3,44(sp)
804018ca:	d452                	sw	s4,40(sp)
804018cc:	d256                	sw	s5,36(sp)
804018ce:	d05a                	sw	s6,32(sp)
804018d0:	ce5e                	sw	s7,28(sp)
804018d2:	8c2a                	mv	s8,a0
804018d4:	00054503          	lbu	a0,0(a0)
804018d8:	c50d                	beqz	a0,80401902 <vkprintf+0x46>
804018da:	80405ab7          	lui	s5,0x80405
804018de:	89ae                	mv	s3,a1
804018e0:	02500913          	li	s2,37
804018e4:	03000a13          	li	s4,48
804018e8:	4ba5                	li	s7,9
804018ea:	4b55                	li	s6,21
804018ec:	4aca8a93          	add	s5,s5,1196 # 804054ac <names.0+0x5c>
804018f0:	03250563          	beq	a0,s2,8040191a <vkprintf+0x5e>
804018f4:	3371                	jal	80401680 <uart_putc>
804018f6:	8462                	mv	s0,s8
804018f8:	00144503          	lbu	a0,1(s0)
804018fc:	00140c13          	add	s8,s0,1
80401900:	f965                	bnez	a0,804018f0 <vkprintf+0x34>
80401902:	50f2                	lw	ra,60(sp)
80401904:	5462                	lw	s0,56(sp)
80401906:	54d2                	lw	s1,52(sp)
80401908:	5942                	lw	s2,48(sp)
8040190a:	59b2                	lw	s3,44(sp)
8040190c:	5a22                	lw	s4,40(sp)
8040190e:	5a92                	lw	s5,36(sp)
80401910:	5b02                	lw	s6,32(sp)
80401912:	4bf2                	lw	s7,28(sp)
80401914:	4c62                	lw	s8,24(sp)
80401916:	6121                	add	sp,sp,64
80401918:	8082                	ret
8040191a:	001c4483          	lbu	s1,1(s8)
8040191e:	001c0413          	add	s0,s8,1
80401922:	02000693          	li	a3,32
80401926:	01449863          	bne	s1,s4,80401936 <vkprintf+0x7a>
8040192a:	002c4483          	lbu	s1,2(s8)
8040192e:	002c0413          	add	s0,s8,2
80401932:	03000693          	li	a3,48
80401936:	fd048713          	add	a4,s1,-48
8040193a:	0ff77793          	zext.b	a5,a4
8040193e:	4601                	li	a2,0
80401940:	02fbe163          	bltu	s7,a5,80401962 <vkprintf+0xa6>
80401944:	00144483          	lbu	s1,1(s0)
80401948:	00261793          	sll	a5,a2,0x2
8040194c:	97b2                	add	a5,a5,a2
8040194e:	0786                	sll	a5,a5,0x1
80401950:	00f70633          	add	a2,a4,a5
80401954:	fd048713          	add	a4,s1,-48
80401958:	0ff77793          	zext.b	a5,a4
8040195c:	0405                	add	s0,s0,1
8040195e:	fefbf3e3          	bgeu	s7,a5,80401944 <vkprintf+0x88>
80401962:	d0c5                	beqz	s1,80401902 <vkprintf+0x46>
80401964:	01248c63          	beq	s1,s2,8040197c <vkprintf+0xc0>
80401968:	f9d48793          	add	a5,s1,-99
8040196c:	0ff7f793          	zext.b	a5,a5
80401970:	00fb6a63          	bltu	s6,a5,80401984 <vkprintf+0xc8>
80401974:	078a                	sll	a5,a5,0x2
80401976:	97d6                	add	a5,a5,s5
80401978:	439c                	lw	a5,0(a5)
8040197a:	8782                	jr	a5
8040197c:	02500513          	li	a0,37
80401980:	3301                	jal	80401680 <uart_putc>
80401982:	bf9d                	j	804018f8 <vkprintf+0x3c>
80401984:	02500513          	li	a0,37
80401988:	39e5                	jal	80401680 <uart_putc>
8040198a:	8526                	mv	a0,s1
8040198c:	39d5                	jal	80401680 <uart_putc>
8040198e:	b7ad                	j	804018f8 <vkprintf+0x3c>
80401990:	0009a503          	lw	a0,0(s3) # c000000 <_entry-0x74400000>
80401994:	45c1                	li	a1,16
80401996:	0991                	add	s3,s3,4
80401998:	3d75                	jal	80401854 <print_uint>
8040199a:	bfb9                	j	804018f8 <vkprintf+0x3c>
8040199c:	0009a503          	lw	a0,0(s3)
804019a0:	45a9                	li	a1,10
804019a2:	0991                	add	s3,s3,4
804019a4:	bfd5                	j	80401998 <vkprintf+0xdc>
804019a6:	0009a483          	lw	s1,0(s3)
804019aa:	0991                	add	s3,s3,4
804019ac:	e481                	bnez	s1,804019b4 <vkprintf+0xf8>
804019ae:	a8b9                	j	80401a0c <vkprintf+0x150>
804019b0:	0485                	add	s1,s1,1
804019b2:	31f9                	jal	80401680 <uart_putc>
804019b4:	0004c503          	lbu	a0,0(s1)
804019b8:	fd65                	bnez	a0,804019b0 <vkprintf+0xf4>
804019ba:	bf3d                	j	804018f8 <vkprintf+0x3c>
804019bc:	03000513          	li	a0,48
804019c0:	31c1                	jal	80401680 <uart_putc>
804019c2:	07800513          	li	a0,120
804019c6:	396d                	jal	80401680 <uart_putc>
804019c8:	0009a503          	lw	a0,0(s3)
804019cc:	03000693          	li	a3,48
804019d0:	0991                	add	s3,s3,4
804019d2:	4621                	li	a2,8
804019d4:	45c1                	li	a1,16
804019d6:	b7c9                	j	80401998 <vkprintf+0xdc>
804019d8:	0009a483          	lw	s1,0(s3)
804019dc:	0991                	add	s3,s3,4
804019de:	0004cb63          	bltz	s1,804019f4 <vkprintf+0x138>
804019e2:	45a9                	li	a1,10
804019e4:	8526                	mv	a0,s1
804019e6:	35bd                	jal	80401854 <print_uint>
804019e8:	bf01                	j	804018f8 <vkprintf+0x3c>
804019ea:	0009a503          	lw	a0,0(s3)
804019ee:	0991                	add	s3,s3,4
804019f0:	3941                	jal	80401680 <uart_putc>
804019f2:	b719                	j	804018f8 <vkprintf+0x3c>
804019f4:	02d00513          	li	a0,45
804019f8:	c636                	sw	a3,12(sp)
804019fa:	c432                	sw	a2,8(sp)
804019fc:	3151                	jal	80401680 <uart_putc>
804019fe:	46b2                	lw	a3,12(sp)
80401a00:	4622                	lw	a2,8(sp)
80401a02:	45a9                	li	a1,10
80401a04:	40900533          	neg	a0,s1
80401a08:	35b1                	jal	80401854 <print_uint>
80401a0a:	b5fd                	j	804018f8 <vkprintf+0x3c>
80401a0c:	804054b7          	lui	s1,0x80405
80401a10:	02800513          	li	a0,40
80401a14:	4a448493          	add	s1,s1,1188 # 804054a4 <names.0+0x54>
80401a18:	bf61                	j	804019b0 <vkprintf+0xf4>

80401a1a <kprintf>:
80401a1a:	7139                	add	sp,sp,-64
80401a1c:	02410313          	add	t1,sp,36
80401a20:	d22e                	sw	a1,36(sp)
80401a22:	859a                	mv	a1,t1
80401a24:	ce06                	sw	ra,28(sp)
80401a26:	d432                	sw	a2,40(sp)
80401a28:	d636                	sw	a3,44(sp)
80401a2a:	d83a                	sw	a4,48(sp)
80401a2c:	da3e                	sw	a5,52(sp)
80401a2e:	dc42                	sw	a6,56(sp)
80401a30:	de46                	sw	a7,60(sp)
80401a32:	c61a                	sw	t1,12(sp)
80401a34:	3561                	jal	804018bc <vkprintf>
80401a36:	40f2                	lw	ra,28(sp)
80401a38:	6121                	add	sp,sp,64
80401a3a:	8082                	ret

80401a3c <panic>:
80401a3c:	7139                	add	sp,sp,-64
80401a3e:	cc22                	sw	s0,24(sp)
80401a40:	da3e                	sw	a5,52(sp)
80401a42:	ce06                	sw	ra,28(sp)
80401a44:	842a                	mv	s0,a0
80401a46:	d22e                	sw	a1,36(sp)
80401a48:	d432                	sw	a2,40(sp)
80401a4a:	d636                	sw	a3,44(sp)
80401a4c:	d83a                	sw	a4,48(sp)
80401a4e:	dc42                	sw	a6,56(sp)
80401a50:	de46                	sw	a7,60(sp)
80401a52:	4789                	li	a5,2
80401a54:	1007b073          	csrc	sstatus,a5
80401a58:	80405537          	lui	a0,0x80405
80401a5c:	50450513          	add	a0,a0,1284 # 80405504 <names.0+0xb4>
80401a60:	3f6d                	jal	80401a1a <kprintf>
80401a62:	104c                	add	a1,sp,36
80401a64:	8522                	mv	a0,s0
80401a66:	c62e                	sw	a1,12(sp)
80401a68:	3d91                	jal	804018bc <vkprintf>
80401a6a:	4529                	li	a0,10
80401a6c:	3911                	jal	80401680 <uart_putc>
80401a6e:	4505                	li	a0,1
80401a70:	3e55                	jal	80401624 <sbi_shutdown>

80401a72 <memset>:
80401a72:	00c56733          	or	a4,a0,a2
80401a76:	8b0d                	and	a4,a4,3
80401a78:	87aa                	mv	a5,a0
80401a7a:	cf01                	beqz	a4,80401a92 <memset+0x20>
80401a7c:	0ff5f593          	zext.b	a1,a1
80401a80:	00c50733          	add	a4,a0,a2
80401a84:	c61d                	beqz	a2,80401ab2 <memset+0x40>
80401a86:	00b78023          	sb	a1,0(a5)
80401a8a:	0785                	add	a5,a5,1
80401a8c:	fee79de3          	bne	a5,a4,80401a86 <memset+0x14>
80401a90:	8082                	ret
80401a92:	0ff5f593          	zext.b	a1,a1
80401a96:	00859693          	sll	a3,a1,0x8
80401a9a:	96ae                	add	a3,a3,a1
80401a9c:	01069793          	sll	a5,a3,0x10
80401aa0:	96be                	add	a3,a3,a5
80401aa2:	d67d                	beqz	a2,80401a90 <memset+0x1e>
80401aa4:	00e507b3          	add	a5,a0,a4
80401aa8:	c394                	sw	a3,0(a5)
80401aaa:	0711                	add	a4,a4,4
80401aac:	fec76ce3          	bltu	a4,a2,80401aa4 <memset+0x32>
80401ab0:	8082                	ret
80401ab2:	8082                	ret

80401ab4 <memcpy>:
80401ab4:	00b567b3          	or	a5,a0,a1
80401ab8:	8fd1                	or	a5,a5,a2
80401aba:	8b8d                	and	a5,a5,3
80401abc:	cf91                	beqz	a5,80401ad8 <memcpy+0x24>
80401abe:	87aa                	mv	a5,a0
80401ac0:	00c586b3          	add	a3,a1,a2
80401ac4:	c60d                	beqz	a2,80401aee <memcpy+0x3a>
80401ac6:	0005c703          	lbu	a4,0(a1)
80401aca:	0585                	add	a1,a1,1
80401acc:	0785                	add	a5,a5,1
80401ace:	fee78fa3          	sb	a4,-1(a5)
80401ad2:	fed59ae3          	bne	a1,a3,80401ac6 <memcpy+0x12>
80401ad6:	8082                	ret
80401ad8:	de7d                	beqz	a2,80401ad6 <memcpy+0x22>
80401ada:	00f58733          	add	a4,a1,a5
80401ade:	4314                	lw	a3,0(a4)
80401ae0:	00f50733          	add	a4,a0,a5
80401ae4:	0791                	add	a5,a5,4
80401ae6:	c314                	sw	a3,0(a4)
80401ae8:	fec7e9e3          	bltu	a5,a2,80401ada <memcpy+0x26>
80401aec:	8082                	ret
80401aee:	8082                	ret

80401af0 <memcmp>:
80401af0:	c205                	beqz	a2,80401b10 <memcmp+0x20>
80401af2:	962a                	add	a2,a2,a0
80401af4:	a019                	j	80401afa <memcmp+0xa>
80401af6:	00c50d63          	beq	a0,a2,80401b10 <memcmp+0x20>
80401afa:	00054783          	lbu	a5,0(a0)
80401afe:	0005c703          	lbu	a4,0(a1)
80401b02:	0505                	add	a0,a0,1
80401b04:	0585                	add	a1,a1,1
80401b06:	fee788e3          	beq	a5,a4,80401af6 <memcmp+0x6>
80401b0a:	40e78533          	sub	a0,a5,a4
80401b0e:	8082                	ret
80401b10:	4501                	li	a0,0
80401b12:	8082                	ret

80401b14 <strlen>:
80401b14:	00054783          	lbu	a5,0(a0)
80401b18:	872a                	mv	a4,a0
80401b1a:	4501                	li	a0,0
80401b1c:	cb81                	beqz	a5,80401b2c <strlen+0x18>
80401b1e:	0505                	add	a0,a0,1
80401b20:	00a707b3          	add	a5,a4,a0
80401b24:	0007c783          	lbu	a5,0(a5)
80401b28:	fbfd                	bnez	a5,80401b1e <strlen+0xa>
80401b2a:	8082                	ret
80401b2c:	8082                	ret

80401b2e <strncmp>:
80401b2e:	c20d                	beqz	a2,80401b50 <strncmp+0x22>
80401b30:	962a                	add	a2,a2,a0
80401b32:	a021                	j	80401b3a <strncmp+0xc>
80401b34:	c385                	beqz	a5,80401b54 <strncmp+0x26>
80401b36:	00c50d63          	beq	a0,a2,80401b50 <strncmp+0x22>
80401b3a:	0005c783          	lbu	a5,0(a1)
80401b3e:	00054703          	lbu	a4,0(a0)
80401b42:	0585                	add	a1,a1,1
80401b44:	0505                	add	a0,a0,1
80401b46:	fef707e3          	beq	a4,a5,80401b34 <strncmp+0x6>
80401b4a:	40f70533          	sub	a0,a4,a5
80401b4e:	8082                	ret
80401b50:	4501                	li	a0,0
80401b52:	8082                	ret
80401b54:	4701                	li	a4,0
80401b56:	40f70533          	sub	a0,a4,a5
80401b5a:	8082                	ret

80401b5c <strcmp>:
80401b5c:	fff50693          	add	a3,a0,-1
80401b60:	a021                	j	80401b68 <strcmp+0xc>
80401b62:	cf91                	beqz	a5,80401b7e <strcmp+0x22>
80401b64:	02d50163          	beq	a0,a3,80401b86 <strcmp+0x2a>
80401b68:	0005c783          	lbu	a5,0(a1)
80401b6c:	00054703          	lbu	a4,0(a0)
80401b70:	0585                	add	a1,a1,1
80401b72:	0505                	add	a0,a0,1
80401b74:	fef707e3          	beq	a4,a5,80401b62 <strcmp+0x6>
80401b78:	40f70533          	sub	a0,a4,a5
80401b7c:	8082                	ret
80401b7e:	4701                	li	a4,0
80401b80:	40f70533          	sub	a0,a4,a5
80401b84:	8082                	ret
80401b86:	4501                	li	a0,0
80401b88:	8082                	ret

80401b8a <strlcpy_k>:
80401b8a:	4785                	li	a5,1
80401b8c:	882a                	mv	a6,a0
80401b8e:	02c7f563          	bgeu	a5,a2,80401bb8 <strlcpy_k+0x2e>
80401b92:	962e                	add	a2,a2,a1
80401b94:	872a                	mv	a4,a0
80401b96:	fff60893          	add	a7,a2,-1
80401b9a:	87ae                	mv	a5,a1
80401b9c:	a801                	j	80401bac <strlcpy_k+0x22>
80401b9e:	00d70023          	sb	a3,0(a4)
80401ba2:	00180713          	add	a4,a6,1
80401ba6:	01160c63          	beq	a2,a7,80401bbe <strlcpy_k+0x34>
80401baa:	87b2                	mv	a5,a2
80401bac:	0007c683          	lbu	a3,0(a5)
80401bb0:	00178613          	add	a2,a5,1
80401bb4:	883a                	mv	a6,a4
80401bb6:	f6e5                	bnez	a3,80401b9e <strlcpy_k+0x14>
80401bb8:	00080023          	sb	zero,0(a6)
80401bbc:	8082                	ret
80401bbe:	8f8d                	sub	a5,a5,a1
80401bc0:	0785                	add	a5,a5,1
80401bc2:	00f50833          	add	a6,a0,a5
80401bc6:	00080023          	sb	zero,0(a6)
80401bca:	8082                	ret

80401bcc <proc_first_run>:
80401bcc:	1141                	add	sp,sp,-16
80401bce:	c606                	sw	ra,12(sp)
80401bd0:	d4cff0ef          	jal	8040111c <user_trap_return>

80401bd4 <proc_init>:
80401bd4:	804ab6b7          	lui	a3,0x804ab
80401bd8:	660d                	lui	a2,0x3
80401bda:	c3060613          	add	a2,a2,-976 # 2c30 <_entry-0x803fd3d0>
80401bde:	8042b737          	lui	a4,0x8042b
80401be2:	804ab7b7          	lui	a5,0x804ab
80401be6:	4c068693          	add	a3,a3,1216 # 804ab4c0 <procs>
80401bea:	96b2                	add	a3,a3,a2
80401bec:	4c070713          	add	a4,a4,1216 # 8042b4c0 <kstacks>
80401bf0:	4f078793          	add	a5,a5,1264 # 804ab4f0 <procs+0x30>
80401bf4:	6609                	lui	a2,0x2
80401bf6:	c398                	sw	a4,0(a5)
80401bf8:	0b078793          	add	a5,a5,176
80401bfc:	9732                	add	a4,a4,a2
80401bfe:	fed79ce3          	bne	a5,a3,80401bf6 <proc_init+0x22>
80401c02:	8082                	ret

80401c04 <myproc>:
80401c04:	804277b7          	lui	a5,0x80427
80401c08:	0547a503          	lw	a0,84(a5) # 80427054 <current>
80401c0c:	8082                	ret

80401c0e <proc_alloc>:
80401c0e:	1101                	add	sp,sp,-32
80401c10:	804ab7b7          	lui	a5,0x804ab
80401c14:	cc22                	sw	s0,24(sp)
80401c16:	c84a                	sw	s2,16(sp)
80401c18:	ce06                	sw	ra,28(sp)
80401c1a:	4c078913          	add	s2,a5,1216 # 804ab4c0 <procs>
80401c1e:	ca26                	sw	s1,20(sp)
80401c20:	c64e                	sw	s3,12(sp)
80401c22:	c452                	sw	s4,8(sp)
80401c24:	c256                	sw	s5,4(sp)
80401c26:	c05a                	sw	s6,0(sp)
80401c28:	4c078793          	add	a5,a5,1216
80401c2c:	4401                	li	s0,0
80401c2e:	04000693          	li	a3,64
80401c32:	4398                	lw	a4,0(a5)
80401c34:	0b078793          	add	a5,a5,176
80401c38:	e355                	bnez	a4,80401cdc <proc_alloc+0xce>
80401c3a:	0b000493          	li	s1,176
80401c3e:	029404b3          	mul	s1,s0,s1
80401c42:	fdbfe0ef          	jal	80400c1c <uvm_create>
80401c46:	009907b3          	add	a5,s2,s1
80401c4a:	d3c8                	sw	a0,36(a5)
80401c4c:	c959                	beqz	a0,80401ce2 <proc_alloc+0xd4>
80401c4e:	80427637          	lui	a2,0x80427
80401c52:	01c62703          	lw	a4,28(a2) # 8042701c <next_pid>
80401c56:	4685                	li	a3,1
80401c58:	c394                	sw	a3,0(a5)
80401c5a:	00170593          	add	a1,a4,1
80401c5e:	00b62e23          	sw	a1,28(a2)
80401c62:	c3d8                	sw	a4,4(a5)
80401c64:	8abe                	mv	s5,a5
80401c66:	00d71663          	bne	a4,a3,80401c72 <proc_alloc+0x64>
80401c6a:	80427737          	lui	a4,0x80427
80401c6e:	04f72823          	sw	a5,80(a4) # 80427050 <init_proc>
80401c72:	0b000713          	li	a4,176
80401c76:	02e40433          	mul	s0,s0,a4
80401c7a:	89be                	mv	s3,a5
80401c7c:	6789                	lui	a5,0x2
80401c7e:	f7078793          	add	a5,a5,-144 # 1f70 <_entry-0x803fe090>
80401c82:	09000613          	li	a2,144
80401c86:	4581                	li	a1,0
80401c88:	4a01                	li	s4,0
80401c8a:	4b0d                	li	s6,3
80401c8c:	944a                	add	s0,s0,s2
80401c8e:	5808                	lw	a0,48(s0)
80401c90:	953e                	add	a0,a0,a5
80401c92:	d848                	sw	a0,52(s0)
80401c94:	3bf9                	jal	80401a72 <memset>
80401c96:	03848513          	add	a0,s1,56
80401c9a:	03800613          	li	a2,56
80401c9e:	4581                	li	a1,0
80401ca0:	954a                	add	a0,a0,s2
80401ca2:	3bc1                	jal	80401a72 <memset>
80401ca4:	5858                	lw	a4,52(s0)
80401ca6:	804027b7          	lui	a5,0x80402
80401caa:	bcc78793          	add	a5,a5,-1076 # 80401bcc <proc_first_run>
80401cae:	dc1c                	sw	a5,56(s0)
80401cb0:	dc58                	sw	a4,60(s0)
80401cb2:	59b000ef          	jal	80402a4c <file_console>
80401cb6:	5f9000ef          	jal	80402aae <file_dup>
80401cba:	06a9a823          	sw	a0,112(s3)
80401cbe:	0a05                	add	s4,s4,1 # 1001 <_entry-0x803fefff>
80401cc0:	0991                	add	s3,s3,4
80401cc2:	ff6a18e3          	bne	s4,s6,80401cb2 <proc_alloc+0xa4>
80401cc6:	40f2                	lw	ra,28(sp)
80401cc8:	4462                	lw	s0,24(sp)
80401cca:	44d2                	lw	s1,20(sp)
80401ccc:	4942                	lw	s2,16(sp)
80401cce:	49b2                	lw	s3,12(sp)
80401cd0:	4a22                	lw	s4,8(sp)
80401cd2:	4b02                	lw	s6,0(sp)
80401cd4:	8556                	mv	a0,s5
80401cd6:	4a92                	lw	s5,4(sp)
80401cd8:	6105                	add	sp,sp,32
80401cda:	8082                	ret
80401cdc:	0405                	add	s0,s0,1
80401cde:	f4d41ae3          	bne	s0,a3,80401c32 <proc_alloc+0x24>
80401ce2:	4a81                	li	s5,0
80401ce4:	b7cd                	j	80401cc6 <proc_alloc+0xb8>

80401ce6 <proc_free>:
80401ce6:	1141                	add	sp,sp,-16
80401ce8:	c422                	sw	s0,8(sp)
80401cea:	c226                	sw	s1,4(sp)
80401cec:	c04a                	sw	s2,0(sp)
80401cee:	c606                	sw	ra,12(sp)
80401cf0:	892a                	mv	s2,a0
80401cf2:	07050413          	add	s0,a0,112
80401cf6:	0b050493          	add	s1,a0,176
80401cfa:	4008                	lw	a0,0(s0)
80401cfc:	c509                	beqz	a0,80401d06 <proc_free+0x20>
80401cfe:	5b9000ef          	jal	80402ab6 <file_close>
80401d02:	00042023          	sw	zero,0(s0)
80401d06:	0411                	add	s0,s0,4
80401d08:	fe9419e3          	bne	s0,s1,80401cfa <proc_free+0x14>
80401d0c:	02492503          	lw	a0,36(s2)
80401d10:	c119                	beqz	a0,80401d16 <proc_free+0x30>
80401d12:	f3bfe0ef          	jal	80400c4c <uvm_free>
80401d16:	03092403          	lw	s0,48(s2)
80401d1a:	854a                	mv	a0,s2
80401d1c:	0b000613          	li	a2,176
80401d20:	4581                	li	a1,0
80401d22:	3b81                	jal	80401a72 <memset>
80401d24:	40b2                	lw	ra,12(sp)
80401d26:	02892823          	sw	s0,48(s2)
80401d2a:	4422                	lw	s0,8(sp)
80401d2c:	00092023          	sw	zero,0(s2)
80401d30:	4492                	lw	s1,4(sp)
80401d32:	4902                	lw	s2,0(sp)
80401d34:	0141                	add	sp,sp,16
80401d36:	8082                	ret

80401d38 <scheduler>:
80401d38:	7179                	add	sp,sp,-48
80401d3a:	d226                	sw	s1,36(sp)
80401d3c:	c85a                	sw	s6,16(sp)
80401d3e:	ba2e94b7          	lui	s1,0xba2e9
80401d42:	804abb37          	lui	s6,0x804ab
80401d46:	d04a                	sw	s2,32(sp)
80401d48:	ce4e                	sw	s3,28(sp)
80401d4a:	cc52                	sw	s4,24(sp)
80401d4c:	ca56                	sw	s5,20(sp)
80401d4e:	c65e                	sw	s7,12(sp)
80401d50:	c462                	sw	s8,8(sp)
80401d52:	c266                	sw	s9,4(sp)
80401d54:	c06a                	sw	s10,0(sp)
80401d56:	d606                	sw	ra,44(sp)
80401d58:	d422                	sw	s0,40(sp)
80401d5a:	4c81                	li	s9,0
80401d5c:	04000613          	li	a2,64
80401d60:	4c0b0b13          	add	s6,s6,1216 # 804ab4c0 <procs>
80401d64:	80427d37          	lui	s10,0x80427
80401d68:	8042ba37          	lui	s4,0x8042b
80401d6c:	804279b7          	lui	s3,0x80427
80401d70:	0b000c13          	li	s8,176
80401d74:	4b89                	li	s7,2
80401d76:	ba348493          	add	s1,s1,-1117 # ba2e8ba3 <kernel_end+0x39df5ba3>
80401d7a:	490d                	li	s2,3
80401d7c:	4a95                	li	s5,5
80401d7e:	8766                	mv	a4,s9
80401d80:	a021                	j	80401d88 <scheduler+0x50>
80401d82:	0705                	add	a4,a4,1
80401d84:	06e60c63          	beq	a2,a4,80401dfc <scheduler+0xc4>
80401d88:	41f75793          	sra	a5,a4,0x1f
80401d8c:	83e9                	srl	a5,a5,0x1a
80401d8e:	00f70433          	add	s0,a4,a5
80401d92:	03f47413          	and	s0,s0,63
80401d96:	8c1d                	sub	s0,s0,a5
80401d98:	03840433          	mul	s0,s0,s8
80401d9c:	008b07b3          	add	a5,s6,s0
80401da0:	4394                	lw	a3,0(a5)
80401da2:	ff7690e3          	bne	a3,s7,80401d82 <scheduler+0x4a>
80401da6:	40445713          	sra	a4,s0,0x4
80401daa:	02970733          	mul	a4,a4,s1
80401dae:	53c8                	lw	a0,36(a5)
80401db0:	04fd2a23          	sw	a5,84(s10) # 80427054 <current>
80401db4:	0127a023          	sw	s2,0(a5)
80401db8:	00170793          	add	a5,a4,1
80401dbc:	41f7d713          	sra	a4,a5,0x1f
80401dc0:	8369                	srl	a4,a4,0x1a
80401dc2:	00e78cb3          	add	s9,a5,a4
80401dc6:	03fcfc93          	and	s9,s9,63
80401dca:	40ec8cb3          	sub	s9,s9,a4
80401dce:	e2bfe0ef          	jal	80400bf8 <vm_switch>
80401dd2:	03840593          	add	a1,s0,56
80401dd6:	95da                	add	a1,a1,s6
80401dd8:	488a0513          	add	a0,s4,1160 # 8042b488 <scheduler_context>
80401ddc:	e3aff0ef          	jal	80401416 <swtch>
80401de0:	0509a783          	lw	a5,80(s3) # 80427050 <init_proc>
80401de4:	040d2a23          	sw	zero,84(s10)
80401de8:	c781                	beqz	a5,80401df0 <scheduler+0xb8>
80401dea:	4398                	lw	a4,0(a5)
80401dec:	01570563          	beq	a4,s5,80401df6 <scheduler+0xbe>
80401df0:	040c8613          	add	a2,s9,64
80401df4:	b769                	j	80401d7e <scheduler+0x46>
80401df6:	4fc8                	lw	a0,28(a5)
80401df8:	a3cfe0ef          	jal	80400034 <power_off>
80401dfc:	10500073          	wfi
80401e00:	100ba073          	csrs	sstatus,s7
80401e04:	100bb073          	csrc	sstatus,s7
80401e08:	bf9d                	j	80401d7e <scheduler+0x46>

80401e0a <yield>:
80401e0a:	804277b7          	lui	a5,0x80427
80401e0e:	0547a503          	lw	a0,84(a5) # 80427054 <current>
80401e12:	8042b5b7          	lui	a1,0x8042b
80401e16:	4789                	li	a5,2
80401e18:	c11c                	sw	a5,0(a0)
80401e1a:	48858593          	add	a1,a1,1160 # 8042b488 <scheduler_context>
80401e1e:	03850513          	add	a0,a0,56
80401e22:	df4ff06f          	j	80401416 <swtch>

80401e26 <sleep_on>:
80401e26:	1141                	add	sp,sp,-16
80401e28:	c422                	sw	s0,8(sp)
80401e2a:	80427437          	lui	s0,0x80427
80401e2e:	05442783          	lw	a5,84(s0) # 80427054 <current>
80401e32:	c606                	sw	ra,12(sp)
80401e34:	4711                	li	a4,4
80401e36:	8042b5b7          	lui	a1,0x8042b
80401e3a:	d388                	sw	a0,32(a5)
80401e3c:	c398                	sw	a4,0(a5)
80401e3e:	03878513          	add	a0,a5,56
80401e42:	48858593          	add	a1,a1,1160 # 8042b488 <scheduler_context>
80401e46:	dd0ff0ef          	jal	80401416 <swtch>
80401e4a:	05442783          	lw	a5,84(s0)
80401e4e:	40b2                	lw	ra,12(sp)
80401e50:	4422                	lw	s0,8(sp)
80401e52:	0207a023          	sw	zero,32(a5)
80401e56:	0141                	add	sp,sp,16
80401e58:	8082                	ret

80401e5a <wakeup>:
80401e5a:	804ab7b7          	lui	a5,0x804ab
80401e5e:	668d                	lui	a3,0x3
80401e60:	4c078793          	add	a5,a5,1216 # 804ab4c0 <procs>
80401e64:	c0068693          	add	a3,a3,-1024 # 2c00 <_entry-0x803fd400>
80401e68:	96be                	add	a3,a3,a5
80401e6a:	4611                	li	a2,4
80401e6c:	4589                	li	a1,2
80401e6e:	a029                	j	80401e78 <wakeup+0x1e>
80401e70:	0b078793          	add	a5,a5,176
80401e74:	00f68d63          	beq	a3,a5,80401e8e <wakeup+0x34>
80401e78:	4398                	lw	a4,0(a5)
80401e7a:	fec71be3          	bne	a4,a2,80401e70 <wakeup+0x16>
80401e7e:	5398                	lw	a4,32(a5)
80401e80:	fea718e3          	bne	a4,a0,80401e70 <wakeup+0x16>
80401e84:	c38c                	sw	a1,0(a5)
80401e86:	0b078793          	add	a5,a5,176
80401e8a:	fef697e3          	bne	a3,a5,80401e78 <wakeup+0x1e>
80401e8e:	8082                	ret

80401e90 <proc_close_all>:
80401e90:	1141                	add	sp,sp,-16
80401e92:	c04a                	sw	s2,0(sp)
80401e94:	678d                	lui	a5,0x3
80401e96:	804ab937          	lui	s2,0x804ab
80401e9a:	4c090913          	add	s2,s2,1216 # 804ab4c0 <procs>
80401e9e:	cb078793          	add	a5,a5,-848 # 2cb0 <_entry-0x803fd350>
80401ea2:	c226                	sw	s1,4(sp)
80401ea4:	c606                	sw	ra,12(sp)
80401ea6:	0b090493          	add	s1,s2,176
80401eaa:	c422                	sw	s0,8(sp)
80401eac:	993e                	add	s2,s2,a5
80401eae:	fc048413          	add	s0,s1,-64
80401eb2:	4008                	lw	a0,0(s0)
80401eb4:	c509                	beqz	a0,80401ebe <proc_close_all+0x2e>
80401eb6:	401000ef          	jal	80402ab6 <file_close>
80401eba:	00042023          	sw	zero,0(s0)
80401ebe:	0411                	add	s0,s0,4
80401ec0:	fe9419e3          	bne	s0,s1,80401eb2 <proc_close_all+0x22>
80401ec4:	0b040493          	add	s1,s0,176
80401ec8:	ff2493e3          	bne	s1,s2,80401eae <proc_close_all+0x1e>
80401ecc:	40b2                	lw	ra,12(sp)
80401ece:	4422                	lw	s0,8(sp)
80401ed0:	4492                	lw	s1,4(sp)
80401ed2:	4902                	lw	s2,0(sp)
80401ed4:	0141                	add	sp,sp,16
80401ed6:	8082                	ret

80401ed8 <proc_exit>:
80401ed8:	1101                	add	sp,sp,-32
80401eda:	ca26                	sw	s1,20(sp)
80401edc:	804274b7          	lui	s1,0x80427
80401ee0:	c64e                	sw	s3,12(sp)
80401ee2:	0544a983          	lw	s3,84(s1) # 80427054 <current>
80401ee6:	cc22                	sw	s0,24(sp)
80401ee8:	c84a                	sw	s2,16(sp)
80401eea:	c452                	sw	s4,8(sp)
80401eec:	ce06                	sw	ra,28(sp)
80401eee:	842a                	mv	s0,a0
80401ef0:	07098913          	add	s2,s3,112
80401ef4:	0b098a13          	add	s4,s3,176
80401ef8:	00092503          	lw	a0,0(s2)
80401efc:	c509                	beqz	a0,80401f06 <proc_exit+0x2e>
80401efe:	3b9000ef          	jal	80402ab6 <file_close>
80401f02:	00092023          	sw	zero,0(s2)
80401f06:	0911                	add	s2,s2,4
80401f08:	ff4918e3          	bne	s2,s4,80401ef8 <proc_exit+0x20>
80401f0c:	678d                	lui	a5,0x3
80401f0e:	80427737          	lui	a4,0x80427
80401f12:	804abe37          	lui	t3,0x804ab
80401f16:	4c0e0e13          	add	t3,t3,1216 # 804ab4c0 <procs>
80401f1a:	c0878513          	add	a0,a5,-1016 # 2c08 <_entry-0x803fd3f8>
80401f1e:	05072803          	lw	a6,80(a4) # 80427050 <init_proc>
80401f22:	c0078793          	add	a5,a5,-1024
80401f26:	804ab737          	lui	a4,0x804ab
80401f2a:	4c870713          	add	a4,a4,1224 # 804ab4c8 <procs+0x8>
80401f2e:	9572                	add	a0,a0,t3
80401f30:	4315                	li	t1,5
80401f32:	00fe0633          	add	a2,t3,a5
80401f36:	4591                	li	a1,4
80401f38:	4889                	li	a7,2
80401f3a:	a029                	j	80401f44 <proc_exit+0x6c>
80401f3c:	0b070713          	add	a4,a4,176
80401f40:	02a70b63          	beq	a4,a0,80401f76 <proc_exit+0x9e>
80401f44:	ff872783          	lw	a5,-8(a4)
80401f48:	dbf5                	beqz	a5,80401f3c <proc_exit+0x64>
80401f4a:	4314                	lw	a3,0(a4)
80401f4c:	fed998e3          	bne	s3,a3,80401f3c <proc_exit+0x64>
80401f50:	01072023          	sw	a6,0(a4)
80401f54:	fe6794e3          	bne	a5,t1,80401f3c <proc_exit+0x64>
80401f58:	87f2                	mv	a5,t3
80401f5a:	a029                	j	80401f64 <proc_exit+0x8c>
80401f5c:	0b078793          	add	a5,a5,176
80401f60:	fcf60ee3          	beq	a2,a5,80401f3c <proc_exit+0x64>
80401f64:	4394                	lw	a3,0(a5)
80401f66:	feb69be3          	bne	a3,a1,80401f5c <proc_exit+0x84>
80401f6a:	5394                	lw	a3,32(a5)
80401f6c:	fed818e3          	bne	a6,a3,80401f5c <proc_exit+0x84>
80401f70:	0117a023          	sw	a7,0(a5)
80401f74:	b7e5                	j	80401f5c <proc_exit+0x84>
80401f76:	0089a503          	lw	a0,8(s3)
80401f7a:	4795                	li	a5,5
80401f7c:	0089ae23          	sw	s0,28(s3)
80401f80:	00f9a023          	sw	a5,0(s3)
80401f84:	c111                	beqz	a0,80401f88 <proc_exit+0xb0>
80401f86:	3dd1                	jal	80401e5a <wakeup>
80401f88:	0544a503          	lw	a0,84(s1)
80401f8c:	c11d                	beqz	a0,80401fb2 <proc_exit+0xda>
80401f8e:	4118                	lw	a4,0(a0)
80401f90:	478d                	li	a5,3
80401f92:	02f70063          	beq	a4,a5,80401fb2 <proc_exit+0xda>
80401f96:	8042b5b7          	lui	a1,0x8042b
80401f9a:	03850513          	add	a0,a0,56
80401f9e:	48858593          	add	a1,a1,1160 # 8042b488 <scheduler_context>
80401fa2:	c74ff0ef          	jal	80401416 <swtch>
80401fa6:	80405537          	lui	a0,0x80405
80401faa:	53050513          	add	a0,a0,1328 # 80405530 <names.0+0xe0>
80401fae:	a8fff0ef          	jal	80401a3c <panic>
80401fb2:	80405537          	lui	a0,0x80405
80401fb6:	50c50513          	add	a0,a0,1292 # 8040550c <names.0+0xbc>
80401fba:	a83ff0ef          	jal	80401a3c <panic>

80401fbe <proc_wait>:
80401fbe:	7179                	add	sp,sp,-48
80401fc0:	c462                	sw	s8,8(sp)
80401fc2:	80427c37          	lui	s8,0x80427
80401fc6:	d04a                	sw	s2,32(sp)
80401fc8:	054c2903          	lw	s2,84(s8) # 80427054 <current>
80401fcc:	cc52                	sw	s4,24(sp)
80401fce:	804aba37          	lui	s4,0x804ab
80401fd2:	d226                	sw	s1,36(sp)
80401fd4:	ce4e                	sw	s3,28(sp)
80401fd6:	ca56                	sw	s5,20(sp)
80401fd8:	c85a                	sw	s6,16(sp)
80401fda:	c65e                	sw	s7,12(sp)
80401fdc:	d606                	sw	ra,44(sp)
80401fde:	d422                	sw	s0,40(sp)
80401fe0:	89aa                	mv	s3,a0
80401fe2:	8aae                	mv	s5,a1
80401fe4:	4c0a0a13          	add	s4,s4,1216 # 804ab4c0 <procs>
80401fe8:	5b7d                	li	s6,-1
80401fea:	4b95                	li	s7,5
80401fec:	04000493          	li	s1,64
80401ff0:	87d2                	mv	a5,s4
80401ff2:	4401                	li	s0,0
80401ff4:	4601                	li	a2,0
80401ff6:	a031                	j	80402002 <proc_wait+0x44>
80401ff8:	0405                	add	s0,s0,1
80401ffa:	0b078793          	add	a5,a5,176
80401ffe:	06940063          	beq	s0,s1,8040205e <proc_wait+0xa0>
80402002:	4398                	lw	a4,0(a5)
80402004:	db75                	beqz	a4,80401ff8 <proc_wait+0x3a>
80402006:	4794                	lw	a3,8(a5)
80402008:	ff2698e3          	bne	a3,s2,80401ff8 <proc_wait+0x3a>
8040200c:	01698563          	beq	s3,s6,80402016 <proc_wait+0x58>
80402010:	43d4                	lw	a3,4(a5)
80402012:	ff3693e3          	bne	a3,s3,80401ff8 <proc_wait+0x3a>
80402016:	03771e63          	bne	a4,s7,80402052 <proc_wait+0x94>
8040201a:	0b000493          	li	s1,176
8040201e:	029404b3          	mul	s1,s0,s1
80402022:	060a9263          	bnez	s5,80402086 <proc_wait+0xc8>
80402026:	0b000793          	li	a5,176
8040202a:	009a0533          	add	a0,s4,s1
8040202e:	02f40433          	mul	s0,s0,a5
80402032:	9452                	add	s0,s0,s4
80402034:	4040                	lw	s0,4(s0)
80402036:	3945                	jal	80401ce6 <proc_free>
80402038:	50b2                	lw	ra,44(sp)
8040203a:	8522                	mv	a0,s0
8040203c:	5422                	lw	s0,40(sp)
8040203e:	5492                	lw	s1,36(sp)
80402040:	5902                	lw	s2,32(sp)
80402042:	49f2                	lw	s3,28(sp)
80402044:	4a62                	lw	s4,24(sp)
80402046:	4ad2                	lw	s5,20(sp)
80402048:	4b42                	lw	s6,16(sp)
8040204a:	4bb2                	lw	s7,12(sp)
8040204c:	4c22                	lw	s8,8(sp)
8040204e:	6145                	add	sp,sp,48
80402050:	8082                	ret
80402052:	0405                	add	s0,s0,1
80402054:	4605                	li	a2,1
80402056:	0b078793          	add	a5,a5,176
8040205a:	fa9414e3          	bne	s0,s1,80402002 <proc_wait+0x44>
8040205e:	c229                	beqz	a2,804020a0 <proc_wait+0xe2>
80402060:	054c2503          	lw	a0,84(s8)
80402064:	4791                	li	a5,4
80402066:	8042b5b7          	lui	a1,0x8042b
8040206a:	c11c                	sw	a5,0(a0)
8040206c:	03252023          	sw	s2,32(a0)
80402070:	48858593          	add	a1,a1,1160 # 8042b488 <scheduler_context>
80402074:	03850513          	add	a0,a0,56
80402078:	b9eff0ef          	jal	80401416 <swtch>
8040207c:	054c2783          	lw	a5,84(s8)
80402080:	0207a023          	sw	zero,32(a5)
80402084:	b7b5                	j	80401ff0 <proc_wait+0x32>
80402086:	02492503          	lw	a0,36(s2)
8040208a:	01c48613          	add	a2,s1,28
8040208e:	4691                	li	a3,4
80402090:	9652                	add	a2,a2,s4
80402092:	85d6                	mv	a1,s5
80402094:	ea7fe0ef          	jal	80400f3a <copyout>
80402098:	f80557e3          	bgez	a0,80402026 <proc_wait+0x68>
8040209c:	5449                	li	s0,-14
8040209e:	bf69                	j	80402038 <proc_wait+0x7a>
804020a0:	5459                	li	s0,-10
804020a2:	bf59                	j	80402038 <proc_wait+0x7a>

804020a4 <fd_alloc>:
804020a4:	804277b7          	lui	a5,0x80427
804020a8:	0547a583          	lw	a1,84(a5) # 80427054 <current>
804020ac:	862a                	mv	a2,a0
804020ae:	46c1                	li	a3,16
804020b0:	07058793          	add	a5,a1,112
804020b4:	4501                	li	a0,0
804020b6:	4398                	lw	a4,0(a5)
804020b8:	0791                	add	a5,a5,4
804020ba:	c711                	beqz	a4,804020c6 <fd_alloc+0x22>
804020bc:	0505                	add	a0,a0,1
804020be:	fed51ce3          	bne	a0,a3,804020b6 <fd_alloc+0x12>
804020c2:	5521                	li	a0,-24
804020c4:	8082                	ret
804020c6:	01c50793          	add	a5,a0,28
804020ca:	078a                	sll	a5,a5,0x2
804020cc:	95be                	add	a1,a1,a5
804020ce:	c190                	sw	a2,0(a1)
804020d0:	8082                	ret

804020d2 <image_read>:
804020d2:	4518                	lw	a4,8(a0)
804020d4:	04b76763          	bltu	a4,a1,80402122 <image_read+0x50>
804020d8:	1141                	add	sp,sp,-16
804020da:	c422                	sw	s0,8(sp)
804020dc:	c606                	sw	ra,12(sp)
804020de:	8f0d                	sub	a4,a4,a1
804020e0:	8436                	mv	s0,a3
804020e2:	04d76263          	bltu	a4,a3,80402126 <image_read+0x54>
804020e6:	00052803          	lw	a6,0(a0)
804020ea:	87aa                	mv	a5,a0
804020ec:	02080063          	beqz	a6,8040210c <image_read+0x3a>
804020f0:	8736                	mv	a4,a3
804020f2:	8542                	mv	a0,a6
804020f4:	86ae                	mv	a3,a1
804020f6:	4581                	li	a1,0
804020f8:	45c010ef          	jal	80403554 <readi>
804020fc:	87aa                	mv	a5,a0
804020fe:	556d                	li	a0,-5
80402100:	00878c63          	beq	a5,s0,80402118 <image_read+0x46>
80402104:	40b2                	lw	ra,12(sp)
80402106:	4422                	lw	s0,8(sp)
80402108:	0141                	add	sp,sp,16
8040210a:	8082                	ret
8040210c:	43dc                	lw	a5,4(a5)
8040210e:	8532                	mv	a0,a2
80402110:	8636                	mv	a2,a3
80402112:	95be                	add	a1,a1,a5
80402114:	9a1ff0ef          	jal	80401ab4 <memcpy>
80402118:	40b2                	lw	ra,12(sp)
8040211a:	4422                	lw	s0,8(sp)
8040211c:	4501                	li	a0,0
8040211e:	0141                	add	sp,sp,16
80402120:	8082                	ret
80402122:	5561                	li	a0,-8
80402124:	8082                	ret
80402126:	5561                	li	a0,-8
80402128:	bff1                	j	80402104 <image_read+0x32>

8040212a <proc_spawn>:
8040212a:	7111                	add	sp,sp,-256
8040212c:	dba6                	sw	s1,244(sp)
8040212e:	d9ca                	sw	s2,240(sp)
80402130:	d5d2                	sw	s4,232(sp)
80402132:	84aa                	mv	s1,a0
80402134:	892e                	mv	s2,a1
80402136:	8a32                	mv	s4,a2
80402138:	4581                	li	a1,0
8040213a:	4631                	li	a2,12
8040213c:	0808                	add	a0,sp,16
8040213e:	df86                	sw	ra,252(sp)
80402140:	dda2                	sw	s0,248(sp)
80402142:	d7ce                	sw	s3,236(sp)
80402144:	d3d6                	sw	s5,228(sp)
80402146:	d1da                	sw	s6,224(sp)
80402148:	cfde                	sw	s7,220(sp)
8040214a:	cde2                	sw	s8,216(sp)
8040214c:	cbe6                	sw	s9,212(sp)
8040214e:	c9ea                	sw	s10,208(sp)
80402150:	c7ee                	sw	s11,204(sp)
80402152:	921ff0ef          	jal	80401a72 <memset>
80402156:	78f000ef          	jal	804030e4 <fs_mounted>
8040215a:	e941                	bnez	a0,804021ea <proc_spawn+0xc0>
8040215c:	0004c683          	lbu	a3,0(s1)
80402160:	02f00793          	li	a5,47
80402164:	8526                	mv	a0,s1
80402166:	02f00713          	li	a4,47
8040216a:	00f69763          	bne	a3,a5,80402178 <proc_spawn+0x4e>
8040216e:	00154783          	lbu	a5,1(a0)
80402172:	0505                	add	a0,a0,1
80402174:	fee78de3          	beq	a5,a4,8040216e <proc_spawn+0x44>
80402178:	2629                	jal	80402482 <program_find>
8040217a:	2e050863          	beqz	a0,8040246a <proc_spawn+0x340>
8040217e:	4158                	lw	a4,4(a0)
80402180:	451c                	lw	a5,8(a0)
80402182:	ca3a                	sw	a4,20(sp)
80402184:	8f99                	sub	a5,a5,a4
80402186:	cc3e                	sw	a5,24(sp)
80402188:	a87ff0ef          	jal	80401c0e <proc_alloc>
8040218c:	89aa                	mv	s3,a0
8040218e:	c90d                	beqz	a0,804021c0 <proc_spawn+0x96>
80402190:	03400693          	li	a3,52
80402194:	1870                	add	a2,sp,60
80402196:	4581                	li	a1,0
80402198:	0808                	add	a0,sp,16
8040219a:	3f25                	jal	804020d2 <image_read>
8040219c:	00054963          	bltz	a0,804021ae <proc_spawn+0x84>
804021a0:	5772                	lw	a4,60(sp)
804021a2:	464c47b7          	lui	a5,0x464c4
804021a6:	57f78793          	add	a5,a5,1407 # 464c457f <_entry-0x39f3ba81>
804021aa:	04f70963          	beq	a4,a5,804021fc <proc_spawn+0xd2>
804021ae:	5461                	li	s0,-8
804021b0:	4542                	lw	a0,16(sp)
804021b2:	c119                	beqz	a0,804021b8 <proc_spawn+0x8e>
804021b4:	256010ef          	jal	8040340a <iput>
804021b8:	854e                	mv	a0,s3
804021ba:	b2dff0ef          	jal	80401ce6 <proc_free>
804021be:	a031                	j	804021ca <proc_spawn+0xa0>
804021c0:	4542                	lw	a0,16(sp)
804021c2:	c119                	beqz	a0,804021c8 <proc_spawn+0x9e>
804021c4:	246010ef          	jal	8040340a <iput>
804021c8:	5455                	li	s0,-11
804021ca:	50fe                	lw	ra,252(sp)
804021cc:	8522                	mv	a0,s0
804021ce:	546e                	lw	s0,248(sp)
804021d0:	54de                	lw	s1,244(sp)
804021d2:	594e                	lw	s2,240(sp)
804021d4:	59be                	lw	s3,236(sp)
804021d6:	5a2e                	lw	s4,232(sp)
804021d8:	5a9e                	lw	s5,228(sp)
804021da:	5b0e                	lw	s6,224(sp)
804021dc:	4bfe                	lw	s7,220(sp)
804021de:	4c6e                	lw	s8,216(sp)
804021e0:	4cde                	lw	s9,212(sp)
804021e2:	4d4e                	lw	s10,208(sp)
804021e4:	4dbe                	lw	s11,204(sp)
804021e6:	6111                	add	sp,sp,256
804021e8:	8082                	ret
804021ea:	186c                	add	a1,sp,60
804021ec:	8526                	mv	a0,s1
804021ee:	794010ef          	jal	80403982 <fs_lookup>
804021f2:	f52d                	bnez	a0,8040215c <proc_spawn+0x32>
804021f4:	5772                	lw	a4,60(sp)
804021f6:	475c                	lw	a5,12(a4)
804021f8:	c83a                	sw	a4,16(sp)
804021fa:	b771                	j	80402186 <proc_spawn+0x5c>
804021fc:	04015703          	lhu	a4,64(sp)
80402200:	10100793          	li	a5,257
80402204:	faf715e3          	bne	a4,a5,804021ae <proc_spawn+0x84>
80402208:	4736                	lw	a4,76(sp)
8040220a:	00f307b7          	lui	a5,0xf30
8040220e:	0789                	add	a5,a5,2 # f30002 <_entry-0x7f4cfffe>
80402210:	f8f71fe3          	bne	a4,a5,804021ae <proc_spawn+0x84>
80402214:	06615703          	lhu	a4,102(sp)
80402218:	02000793          	li	a5,32
8040221c:	f8f719e3          	bne	a4,a5,804021ae <proc_spawn+0x84>
80402220:	06815783          	lhu	a5,104(sp)
80402224:	473d                	li	a4,15
80402226:	17fd                	add	a5,a5,-1
80402228:	07c2                	sll	a5,a5,0x10
8040222a:	83c1                	srl	a5,a5,0x10
8040222c:	f8f761e3          	bltu	a4,a5,804021ae <proc_spawn+0x84>
80402230:	45e6                	lw	a1,88(sp)
80402232:	47e2                	lw	a5,24(sp)
80402234:	f6b7ede3          	bltu	a5,a1,804021ae <proc_spawn+0x84>
80402238:	c602                	sw	zero,12(sp)
8040223a:	4b81                	li	s7,0
8040223c:	4a85                	li	s5,1
8040223e:	a811                	j	80402252 <proc_spawn+0x128>
80402240:	47f2                	lw	a5,28(sp)
80402242:	0d578763          	beq	a5,s5,80402310 <proc_spawn+0x1e6>
80402246:	06815783          	lhu	a5,104(sp)
8040224a:	0b85                	add	s7,s7,1
8040224c:	02fbf463          	bgeu	s7,a5,80402274 <proc_spawn+0x14a>
80402250:	45e6                	lw	a1,88(sp)
80402252:	005b9793          	sll	a5,s7,0x5
80402256:	02000693          	li	a3,32
8040225a:	0870                	add	a2,sp,28
8040225c:	95be                	add	a1,a1,a5
8040225e:	0808                	add	a0,sp,16
80402260:	3d8d                	jal	804020d2 <image_read>
80402262:	842a                	mv	s0,a0
80402264:	dd71                	beqz	a0,80402240 <proc_spawn+0x116>
80402266:	f40445e3          	bltz	s0,804021b0 <proc_spawn+0x86>
8040226a:	06815783          	lhu	a5,104(sp)
8040226e:	0b85                	add	s7,s7,1
80402270:	fefbe0e3          	bltu	s7,a5,80402250 <proc_spawn+0x126>
80402274:	47b2                	lw	a5,12(sp)
80402276:	df85                	beqz	a5,804021ae <proc_spawn+0x84>
80402278:	45d6                	lw	a1,84(sp)
8040227a:	0249a503          	lw	a0,36(s3)
8040227e:	4621                	li	a2,8
80402280:	bb5fe0ef          	jal	80400e34 <uvm_pa>
80402284:	1e050563          	beqz	a0,8040246e <proc_spawn+0x344>
80402288:	4732                	lw	a4,12(sp)
8040228a:	6785                	lui	a5,0x1
8040228c:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
8040228e:	00f70bb3          	add	s7,a4,a5
80402292:	0249a503          	lw	a0,36(s3)
80402296:	77fd                	lui	a5,0xfffff
80402298:	00fbfbb3          	and	s7,s7,a5
8040229c:	0379a623          	sw	s7,44(s3)
804022a0:	0379a423          	sw	s7,40(s3)
804022a4:	4699                	li	a3,6
804022a6:	6641                	lui	a2,0x10
804022a8:	0bfe05b7          	lui	a1,0xbfe0
804022ac:	4bd6                	lw	s7,84(sp)
804022ae:	a2dfe0ef          	jal	80400cda <uvm_alloc>
804022b2:	8b2a                	mv	s6,a0
804022b4:	10051c63          	bnez	a0,804023cc <proc_spawn+0x2a2>
804022b8:	03c10c13          	add	s8,sp,60
804022bc:	0bff0ab7          	lui	s5,0xbff0
804022c0:	02000d13          	li	s10,32
804022c4:	f401fcb7          	lui	s9,0xf401f
804022c8:	a00d                	j	804022ea <proc_spawn+0x1c0>
804022ca:	02a7ee63          	bltu	a5,a0,80402306 <proc_spawn+0x1dc>
804022ce:	00092603          	lw	a2,0(s2)
804022d2:	0249a503          	lw	a0,36(s3)
804022d6:	0b05                	add	s6,s6,1
804022d8:	0911                	add	s2,s2,4
804022da:	c61fe0ef          	jal	80400f3a <copyout>
804022de:	015c2023          	sw	s5,0(s8)
804022e2:	842a                	mv	s0,a0
804022e4:	0c11                	add	s8,s8,4
804022e6:	0e051763          	bnez	a0,804023d4 <proc_spawn+0x2aa>
804022ea:	00092503          	lw	a0,0(s2)
804022ee:	c56d                	beqz	a0,804023d8 <proc_spawn+0x2ae>
804022f0:	825ff0ef          	jal	80401b14 <strlen>
804022f4:	0505                	add	a0,a0,1
804022f6:	019a87b3          	add	a5,s5,s9
804022fa:	40aa8ab3          	sub	s5,s5,a0
804022fe:	86aa                	mv	a3,a0
80402300:	85d6                	mv	a1,s5
80402302:	fdab14e3          	bne	s6,s10,804022ca <proc_spawn+0x1a0>
80402306:	4542                	lw	a0,16(sp)
80402308:	16051963          	bnez	a0,8040247a <proc_spawn+0x350>
8040230c:	5429                	li	s0,-22
8040230e:	b56d                	j	804021b8 <proc_spawn+0x8e>
80402310:	57c2                	lw	a5,48(sp)
80402312:	db95                	beqz	a5,80402246 <proc_spawn+0x11c>
80402314:	56b2                	lw	a3,44(sp)
80402316:	0249ab03          	lw	s6,36(s3)
8040231a:	e8d7eae3          	bltu	a5,a3,804021ae <proc_spawn+0x84>
8040231e:	5592                	lw	a1,36(sp)
80402320:	787d                	lui	a6,0xfffff
80402322:	0bfde6b7          	lui	a3,0xbfde
80402326:	01058633          	add	a2,a1,a6
8040232a:	e8c6e2e3          	bltu	a3,a2,804021ae <proc_spawn+0x84>
8040232e:	0bfdf6b7          	lui	a3,0xbfdf
80402332:	8e8d                	sub	a3,a3,a1
80402334:	e6f6ede3          	bltu	a3,a5,804021ae <proc_spawn+0x84>
80402338:	5552                	lw	a0,52(sp)
8040233a:	00b78633          	add	a2,a5,a1
8040233e:	6785                	lui	a5,0x1
80402340:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
80402342:	963e                	add	a2,a2,a5
80402344:	00155693          	srl	a3,a0,0x1
80402348:	00351793          	sll	a5,a0,0x3
8040234c:	0105f5b3          	and	a1,a1,a6
80402350:	01067633          	and	a2,a2,a6
80402354:	8a89                	and	a3,a3,2
80402356:	8ba1                	and	a5,a5,8
80402358:	8909                	and	a0,a0,2
8040235a:	8e0d                	sub	a2,a2,a1
8040235c:	8edd                	or	a3,a3,a5
8040235e:	c12d                	beqz	a0,804023c0 <proc_spawn+0x296>
80402360:	0066e693          	or	a3,a3,6
80402364:	855a                	mv	a0,s6
80402366:	975fe0ef          	jal	80400cda <uvm_alloc>
8040236a:	6c05                	lui	s8,0x1
8040236c:	842a                	mv	s0,a0
8040236e:	4d01                	li	s10,0
80402370:	fffc0c93          	add	s9,s8,-1 # fff <_entry-0x803ff001>
80402374:	cd19                	beqz	a0,80402392 <proc_spawn+0x268>
80402376:	a8c5                	j	80402466 <proc_spawn+0x33c>
80402378:	01b7f363          	bgeu	a5,s11,8040237e <proc_spawn+0x254>
8040237c:	8dbe                	mv	s11,a5
8040237e:	ab7fe0ef          	jal	80400e34 <uvm_pa>
80402382:	5582                	lw	a1,32(sp)
80402384:	862a                	mv	a2,a0
80402386:	86ee                	mv	a3,s11
80402388:	95ea                	add	a1,a1,s10
8040238a:	0808                	add	a0,sp,16
8040238c:	3399                	jal	804020d2 <image_read>
8040238e:	9d6e                	add	s10,s10,s11
80402390:	e91d                	bnez	a0,804023c6 <proc_spawn+0x29c>
80402392:	5812                	lw	a6,36(sp)
80402394:	56b2                	lw	a3,44(sp)
80402396:	4601                	li	a2,0
80402398:	010d05b3          	add	a1,s10,a6
8040239c:	0195f7b3          	and	a5,a1,s9
804023a0:	855a                	mv	a0,s6
804023a2:	41a68db3          	sub	s11,a3,s10
804023a6:	40fc07b3          	sub	a5,s8,a5
804023aa:	fcdd67e3          	bltu	s10,a3,80402378 <proc_spawn+0x24e>
804023ae:	57c2                	lw	a5,48(sp)
804023b0:	983e                	add	a6,a6,a5
804023b2:	47b2                	lw	a5,12(sp)
804023b4:	eb07f9e3          	bgeu	a5,a6,80402266 <proc_spawn+0x13c>
804023b8:	c642                	sw	a6,12(sp)
804023ba:	ea0458e3          	bgez	s0,8040226a <proc_spawn+0x140>
804023be:	bbcd                	j	804021b0 <proc_spawn+0x86>
804023c0:	f2d5                	bnez	a3,80402364 <proc_spawn+0x23a>
804023c2:	4689                	li	a3,2
804023c4:	b745                	j	80402364 <proc_spawn+0x23a>
804023c6:	5812                	lw	a6,36(sp)
804023c8:	842a                	mv	s0,a0
804023ca:	b7d5                	j	804023ae <proc_spawn+0x284>
804023cc:	842a                	mv	s0,a0
804023ce:	0bff0ab7          	lui	s5,0xbff0
804023d2:	4b01                	li	s6,0
804023d4:	dc044ee3          	bltz	s0,804021b0 <proc_spawn+0x86>
804023d8:	001b0693          	add	a3,s6,1
804023dc:	002b1713          	sll	a4,s6,0x2
804023e0:	0349a783          	lw	a5,52(s3)
804023e4:	068a                	sll	a3,a3,0x2
804023e6:	0810                	add	a2,sp,16
804023e8:	0b070713          	add	a4,a4,176
804023ec:	0249a503          	lw	a0,36(s3)
804023f0:	9732                	add	a4,a4,a2
804023f2:	40da85b3          	sub	a1,s5,a3
804023f6:	f6072e23          	sw	zero,-132(a4)
804023fa:	99c1                	and	a1,a1,-16
804023fc:	0367a423          	sw	s6,40(a5)
80402400:	d7cc                	sw	a1,44(a5)
80402402:	c78c                	sw	a1,8(a5)
80402404:	1870                	add	a2,sp,60
80402406:	b35fe0ef          	jal	80400f3a <copyout>
8040240a:	842a                	mv	s0,a0
8040240c:	4542                	lw	a0,16(sp)
8040240e:	c119                	beqz	a0,80402414 <proc_spawn+0x2ea>
80402410:	7fb000ef          	jal	8040340a <iput>
80402414:	da0442e3          	bltz	s0,804021b8 <proc_spawn+0x8e>
80402418:	0349a783          	lw	a5,52(s3)
8040241c:	85a6                	mv	a1,s1
8040241e:	0977a023          	sw	s7,128(a5)
80402422:	0004c703          	lbu	a4,0(s1)
80402426:	c31d                	beqz	a4,8040244c <proc_spawn+0x322>
80402428:	02f00693          	li	a3,47
8040242c:	0014c783          	lbu	a5,1(s1)
80402430:	0485                	add	s1,s1,1
80402432:	00d70963          	beq	a4,a3,80402444 <proc_spawn+0x31a>
80402436:	cb99                	beqz	a5,8040244c <proc_spawn+0x322>
80402438:	873e                	mv	a4,a5
8040243a:	0014c783          	lbu	a5,1(s1)
8040243e:	0485                	add	s1,s1,1
80402440:	fed71be3          	bne	a4,a3,80402436 <proc_spawn+0x30c>
80402444:	c781                	beqz	a5,8040244c <proc_spawn+0x322>
80402446:	85a6                	mv	a1,s1
80402448:	873e                	mv	a4,a5
8040244a:	bfc5                	j	8040243a <proc_spawn+0x310>
8040244c:	4641                	li	a2,16
8040244e:	00c98513          	add	a0,s3,12
80402452:	f38ff0ef          	jal	80401b8a <strlcpy_k>
80402456:	4789                	li	a5,2
80402458:	0049a403          	lw	s0,4(s3)
8040245c:	0149a423          	sw	s4,8(s3)
80402460:	00f9a023          	sw	a5,0(s3)
80402464:	b39d                	j	804021ca <proc_spawn+0xa0>
80402466:	5812                	lw	a6,36(sp)
80402468:	b799                	j	804023ae <proc_spawn+0x284>
8040246a:	5479                	li	s0,-2
8040246c:	bbb9                	j	804021ca <proc_spawn+0xa0>
8040246e:	4542                	lw	a0,16(sp)
80402470:	c119                	beqz	a0,80402476 <proc_spawn+0x34c>
80402472:	799000ef          	jal	8040340a <iput>
80402476:	5461                	li	s0,-8
80402478:	b381                	j	804021b8 <proc_spawn+0x8e>
8040247a:	791000ef          	jal	8040340a <iput>
8040247e:	5429                	li	s0,-22
80402480:	bb25                	j	804021b8 <proc_spawn+0x8e>

80402482 <program_find>:
80402482:	1101                	add	sp,sp,-32
80402484:	cc22                	sw	s0,24(sp)
80402486:	80405437          	lui	s0,0x80405
8040248a:	ca26                	sw	s1,20(sp)
8040248c:	c84a                	sw	s2,16(sp)
8040248e:	c64e                	sw	s3,12(sp)
80402490:	c452                	sw	s4,8(sp)
80402492:	ce06                	sw	ra,28(sp)
80402494:	57040a13          	add	s4,s0,1392 # 80405570 <programs>
80402498:	892a                	mv	s2,a0
8040249a:	57040413          	add	s0,s0,1392
8040249e:	4481                	li	s1,0
804024a0:	4999                	li	s3,6
804024a2:	4008                	lw	a0,0(s0)
804024a4:	85ca                	mv	a1,s2
804024a6:	0431                	add	s0,s0,12
804024a8:	eb4ff0ef          	jal	80401b5c <strcmp>
804024ac:	cd09                	beqz	a0,804024c6 <program_find+0x44>
804024ae:	0485                	add	s1,s1,1
804024b0:	ff3499e3          	bne	s1,s3,804024a2 <program_find+0x20>
804024b4:	40f2                	lw	ra,28(sp)
804024b6:	4462                	lw	s0,24(sp)
804024b8:	44d2                	lw	s1,20(sp)
804024ba:	4942                	lw	s2,16(sp)
804024bc:	49b2                	lw	s3,12(sp)
804024be:	4a22                	lw	s4,8(sp)
804024c0:	4501                	li	a0,0
804024c2:	6105                	add	sp,sp,32
804024c4:	8082                	ret
804024c6:	40f2                	lw	ra,28(sp)
804024c8:	4462                	lw	s0,24(sp)
804024ca:	00149793          	sll	a5,s1,0x1
804024ce:	97a6                	add	a5,a5,s1
804024d0:	078a                	sll	a5,a5,0x2
804024d2:	44d2                	lw	s1,20(sp)
804024d4:	4942                	lw	s2,16(sp)
804024d6:	49b2                	lw	s3,12(sp)
804024d8:	00fa0533          	add	a0,s4,a5
804024dc:	4a22                	lw	s4,8(sp)
804024de:	6105                	add	sp,sp,32
804024e0:	8082                	ret

804024e2 <program_at>:
804024e2:	4795                	li	a5,5
804024e4:	00a7ec63          	bltu	a5,a0,804024fc <program_at+0x1a>
804024e8:	00151793          	sll	a5,a0,0x1
804024ec:	953e                	add	a0,a0,a5
804024ee:	804057b7          	lui	a5,0x80405
804024f2:	57078793          	add	a5,a5,1392 # 80405570 <programs>
804024f6:	050a                	sll	a0,a0,0x2
804024f8:	953e                	add	a0,a0,a5
804024fa:	8082                	ret
804024fc:	4501                	li	a0,0
804024fe:	8082                	ret

80402500 <syscall>:
80402500:	1141                	add	sp,sp,-16
80402502:	c422                	sw	s0,8(sp)
80402504:	c606                	sw	ra,12(sp)
80402506:	efeff0ef          	jal	80401c04 <myproc>
8040250a:	5940                	lw	s0,52(a0)
8040250c:	4739                	li	a4,14
8040250e:	fda00513          	li	a0,-38
80402512:	407c                	lw	a5,68(s0)
80402514:	fff78693          	add	a3,a5,-1
80402518:	00d76b63          	bltu	a4,a3,8040252e <syscall+0x2e>
8040251c:	80427737          	lui	a4,0x80427
80402520:	078a                	sll	a5,a5,0x2
80402522:	97070713          	add	a4,a4,-1680 # 80426970 <syscalls>
80402526:	97ba                	add	a5,a5,a4
80402528:	439c                	lw	a5,0(a5)
8040252a:	c391                	beqz	a5,8040252e <syscall+0x2e>
8040252c:	9782                	jalr	a5
8040252e:	40b2                	lw	ra,12(sp)
80402530:	d408                	sw	a0,40(s0)
80402532:	4422                	lw	s0,8(sp)
80402534:	0141                	add	sp,sp,16
80402536:	8082                	ret

80402538 <arg_raw>:
80402538:	7179                	add	sp,sp,-48
8040253a:	d422                	sw	s0,40(sp)
8040253c:	d606                	sw	ra,44(sp)
8040253e:	842a                	mv	s0,a0
80402540:	ec4ff0ef          	jal	80401c04 <myproc>
80402544:	595c                	lw	a5,52(a0)
80402546:	4715                	li	a4,5
80402548:	5b88                	lw	a0,48(a5)
8040254a:	02c7a803          	lw	a6,44(a5)
8040254e:	5bcc                	lw	a1,52(a5)
80402550:	5f90                	lw	a2,56(a5)
80402552:	5fd4                	lw	a3,60(a5)
80402554:	579c                	lw	a5,40(a5)
80402556:	c82a                	sw	a0,16(sp)
80402558:	c642                	sw	a6,12(sp)
8040255a:	c43e                	sw	a5,8(sp)
8040255c:	ca2e                	sw	a1,20(sp)
8040255e:	cc32                	sw	a2,24(sp)
80402560:	ce36                	sw	a3,28(sp)
80402562:	4501                	li	a0,0
80402564:	00876963          	bltu	a4,s0,80402576 <arg_raw+0x3e>
80402568:	040a                	sll	s0,s0,0x2
8040256a:	02040793          	add	a5,s0,32
8040256e:	00278433          	add	s0,a5,sp
80402572:	fe842503          	lw	a0,-24(s0)
80402576:	50b2                	lw	ra,44(sp)
80402578:	5422                	lw	s0,40(sp)
8040257a:	6145                	add	sp,sp,48
8040257c:	8082                	ret

8040257e <arg_str>:
8040257e:	1101                	add	sp,sp,-32
80402580:	ce06                	sw	ra,28(sp)
80402582:	cc22                	sw	s0,24(sp)
80402584:	ca26                	sw	s1,20(sp)
80402586:	c84a                	sw	s2,16(sp)
80402588:	c64e                	sw	s3,12(sp)
8040258a:	84b2                	mv	s1,a2
8040258c:	842e                	mv	s0,a1
8040258e:	892a                	mv	s2,a0
80402590:	e74ff0ef          	jal	80401c04 <myproc>
80402594:	02452983          	lw	s3,36(a0)
80402598:	854a                	mv	a0,s2
8040259a:	3f79                	jal	80402538 <arg_raw>
8040259c:	85a2                	mv	a1,s0
8040259e:	4462                	lw	s0,24(sp)
804025a0:	40f2                	lw	ra,28(sp)
804025a2:	4942                	lw	s2,16(sp)
804025a4:	862a                	mv	a2,a0
804025a6:	86a6                	mv	a3,s1
804025a8:	854e                	mv	a0,s3
804025aa:	44d2                	lw	s1,20(sp)
804025ac:	49b2                	lw	s3,12(sp)
804025ae:	6105                	add	sp,sp,32
804025b0:	a41fe06f          	j	80400ff0 <copyinstr>

804025b4 <sys_exit>:
804025b4:	1141                	add	sp,sp,-16
804025b6:	4501                	li	a0,0
804025b8:	c606                	sw	ra,12(sp)
804025ba:	3fbd                	jal	80402538 <arg_raw>
804025bc:	0ff57513          	zext.b	a0,a0
804025c0:	919ff0ef          	jal	80401ed8 <proc_exit>

804025c4 <sys_getpid>:
804025c4:	1141                	add	sp,sp,-16
804025c6:	c606                	sw	ra,12(sp)
804025c8:	e3cff0ef          	jal	80401c04 <myproc>
804025cc:	40b2                	lw	ra,12(sp)
804025ce:	4148                	lw	a0,4(a0)
804025d0:	0141                	add	sp,sp,16
804025d2:	8082                	ret

804025d4 <sys_yield>:
804025d4:	1141                	add	sp,sp,-16
804025d6:	c606                	sw	ra,12(sp)
804025d8:	833ff0ef          	jal	80401e0a <yield>
804025dc:	40b2                	lw	ra,12(sp)
804025de:	4501                	li	a0,0
804025e0:	0141                	add	sp,sp,16
804025e2:	8082                	ret

804025e4 <sys_sleep>:
804025e4:	1141                	add	sp,sp,-16
804025e6:	4501                	li	a0,0
804025e8:	c606                	sw	ra,12(sp)
804025ea:	37b9                	jal	80402538 <arg_raw>
804025ec:	f85fe0ef          	jal	80401570 <timer_sleep_ms>
804025f0:	40b2                	lw	ra,12(sp)
804025f2:	4501                	li	a0,0
804025f4:	0141                	add	sp,sp,16
804025f6:	8082                	ret

804025f8 <sys_uptime>:
804025f8:	f39fe06f          	j	80401530 <uptime_ms>

804025fc <sys_sbrk>:
804025fc:	1101                	add	sp,sp,-32
804025fe:	ce06                	sw	ra,28(sp)
80402600:	cc22                	sw	s0,24(sp)
80402602:	c64e                	sw	s3,12(sp)
80402604:	c452                	sw	s4,8(sp)
80402606:	ca26                	sw	s1,20(sp)
80402608:	c84a                	sw	s2,16(sp)
8040260a:	dfaff0ef          	jal	80401c04 <myproc>
8040260e:	8a2a                	mv	s4,a0
80402610:	4501                	li	a0,0
80402612:	371d                	jal	80402538 <arg_raw>
80402614:	842a                	mv	s0,a0
80402616:	02ca2983          	lw	s3,44(s4)
8040261a:	04a05163          	blez	a0,8040265c <sys_sbrk+0x60>
8040261e:	6785                	lui	a5,0x1
80402620:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
80402622:	0bfdf737          	lui	a4,0xbfdf
80402626:	00f98933          	add	s2,s3,a5
8040262a:	76fd                	lui	a3,0xfffff
8040262c:	41370733          	sub	a4,a4,s3
80402630:	00d97933          	and	s2,s2,a3
80402634:	06a76d63          	bltu	a4,a0,804026ae <sys_sbrk+0xb2>
80402638:	00f50633          	add	a2,a0,a5
8040263c:	964e                	add	a2,a2,s3
8040263e:	8e75                	and	a2,a2,a3
80402640:	04c96663          	bltu	s2,a2,8040268c <sys_sbrk+0x90>
80402644:	944e                	add	s0,s0,s3
80402646:	028a2623          	sw	s0,44(s4)
8040264a:	854e                	mv	a0,s3
8040264c:	40f2                	lw	ra,28(sp)
8040264e:	4462                	lw	s0,24(sp)
80402650:	44d2                	lw	s1,20(sp)
80402652:	4942                	lw	s2,16(sp)
80402654:	49b2                	lw	s3,12(sp)
80402656:	4a22                	lw	s4,8(sp)
80402658:	6105                	add	sp,sp,32
8040265a:	8082                	ret
8040265c:	d565                	beqz	a0,80402644 <sys_sbrk+0x48>
8040265e:	028a2703          	lw	a4,40(s4)
80402662:	40a007b3          	neg	a5,a0
80402666:	40e98733          	sub	a4,s3,a4
8040266a:	04f76463          	bltu	a4,a5,804026b2 <sys_sbrk+0xb6>
8040266e:	6605                	lui	a2,0x1
80402670:	167d                	add	a2,a2,-1 # fff <_entry-0x803ff001>
80402672:	00c505b3          	add	a1,a0,a2
80402676:	77fd                	lui	a5,0xfffff
80402678:	95ce                	add	a1,a1,s3
8040267a:	964e                	add	a2,a2,s3
8040267c:	024a2503          	lw	a0,36(s4)
80402680:	8dfd                	and	a1,a1,a5
80402682:	8e7d                	and	a2,a2,a5
80402684:	8e0d                	sub	a2,a2,a1
80402686:	f18fe0ef          	jal	80400d9e <uvm_dealloc>
8040268a:	bf6d                	j	80402644 <sys_sbrk+0x48>
8040268c:	024a2503          	lw	a0,36(s4)
80402690:	412604b3          	sub	s1,a2,s2
80402694:	4699                	li	a3,6
80402696:	8626                	mv	a2,s1
80402698:	85ca                	mv	a1,s2
8040269a:	e40fe0ef          	jal	80400cda <uvm_alloc>
8040269e:	fa0553e3          	bgez	a0,80402644 <sys_sbrk+0x48>
804026a2:	024a2503          	lw	a0,36(s4)
804026a6:	8626                	mv	a2,s1
804026a8:	85ca                	mv	a1,s2
804026aa:	ef4fe0ef          	jal	80400d9e <uvm_dealloc>
804026ae:	5551                	li	a0,-12
804026b0:	bf71                	j	8040264c <sys_sbrk+0x50>
804026b2:	5529                	li	a0,-22
804026b4:	bf61                	j	8040264c <sys_sbrk+0x50>

804026b6 <sys_spawn>:
804026b6:	7129                	add	sp,sp,-320
804026b8:	08000613          	li	a2,128
804026bc:	006c                	add	a1,sp,12
804026be:	4501                	li	a0,0
804026c0:	12812c23          	sw	s0,312(sp)
804026c4:	12112e23          	sw	ra,316(sp)
804026c8:	12912a23          	sw	s1,308(sp)
804026cc:	13212823          	sw	s2,304(sp)
804026d0:	13312623          	sw	s3,300(sp)
804026d4:	13412423          	sw	s4,296(sp)
804026d8:	13512223          	sw	s5,292(sp)
804026dc:	13612023          	sw	s6,288(sp)
804026e0:	11712e23          	sw	s7,284(sp)
804026e4:	11812c23          	sw	s8,280(sp)
804026e8:	3d59                	jal	8040257e <arg_str>
804026ea:	842a                	mv	s0,a0
804026ec:	02054763          	bltz	a0,8040271a <sys_spawn+0x64>
804026f0:	af8fe0ef          	jal	804009e8 <kalloc>
804026f4:	8a2a                	mv	s4,a0
804026f6:	c961                	beqz	a0,804027c6 <sys_spawn+0x110>
804026f8:	4505                	li	a0,1
804026fa:	3d3d                	jal	80402538 <arg_raw>
804026fc:	e531                	bnez	a0,80402748 <sys_spawn+0x92>
804026fe:	007c                	add	a5,sp,12
80402700:	c73e                	sw	a5,140(sp)
80402702:	c902                	sw	zero,144(sp)
80402704:	d00ff0ef          	jal	80401c04 <myproc>
80402708:	862a                	mv	a2,a0
8040270a:	016c                	add	a1,sp,140
8040270c:	0068                	add	a0,sp,12
8040270e:	a1dff0ef          	jal	8040212a <proc_spawn>
80402712:	842a                	mv	s0,a0
80402714:	8552                	mv	a0,s4
80402716:	afcfe0ef          	jal	80400a12 <kfree>
8040271a:	13c12083          	lw	ra,316(sp)
8040271e:	8522                	mv	a0,s0
80402720:	13812403          	lw	s0,312(sp)
80402724:	13412483          	lw	s1,308(sp)
80402728:	13012903          	lw	s2,304(sp)
8040272c:	12c12983          	lw	s3,300(sp)
80402730:	12812a03          	lw	s4,296(sp)
80402734:	12412a83          	lw	s5,292(sp)
80402738:	12012b03          	lw	s6,288(sp)
8040273c:	11c12b83          	lw	s7,284(sp)
80402740:	11812c03          	lw	s8,280(sp)
80402744:	6131                	add	sp,sp,320
80402746:	8082                	ret
80402748:	4505                	li	a0,1
8040274a:	33fd                	jal	80402538 <arg_raw>
8040274c:	8b2a                	mv	s6,a0
8040274e:	cb6ff0ef          	jal	80401c04 <myproc>
80402752:	02452a83          	lw	s5,36(a0)
80402756:	4481                	li	s1,0
80402758:	4901                	li	s2,0
8040275a:	08000c13          	li	s8,128
8040275e:	6b85                	lui	s7,0x1
80402760:	a831                	j	8040277c <sys_spawn+0xc6>
80402762:	88ffe0ef          	jal	80400ff0 <copyinstr>
80402766:	0491                	add	s1,s1,4
80402768:	0178                	add	a4,sp,140
8040276a:	842a                	mv	s0,a0
8040276c:	00150793          	add	a5,a0,1
80402770:	9726                	add	a4,a4,s1
80402772:	04054463          	bltz	a0,804027ba <sys_spawn+0x104>
80402776:	ff372e23          	sw	s3,-4(a4) # bfdeffc <_entry-0x74421004>
8040277a:	993e                	add	s2,s2,a5
8040277c:	002c                	add	a1,sp,8
8040277e:	4691                	li	a3,4
80402780:	009b0633          	add	a2,s6,s1
80402784:	8556                	mv	a0,s5
80402786:	efefe0ef          	jal	80400e84 <copyin>
8040278a:	012a09b3          	add	s3,s4,s2
8040278e:	87aa                	mv	a5,a0
80402790:	412b86b3          	sub	a3,s7,s2
80402794:	85ce                	mv	a1,s3
80402796:	8556                	mv	a0,s5
80402798:	0007c863          	bltz	a5,804027a8 <sys_spawn+0xf2>
8040279c:	4622                	lw	a2,8(sp)
8040279e:	c619                	beqz	a2,804027ac <sys_spawn+0xf6>
804027a0:	fd8491e3          	bne	s1,s8,80402762 <sys_spawn+0xac>
804027a4:	5429                	li	s0,-22
804027a6:	b7bd                	j	80402714 <sys_spawn+0x5e>
804027a8:	5449                	li	s0,-14
804027aa:	b7ad                	j	80402714 <sys_spawn+0x5e>
804027ac:	11048793          	add	a5,s1,272
804027b0:	002784b3          	add	s1,a5,sp
804027b4:	f604ae23          	sw	zero,-132(s1)
804027b8:	b7b1                	j	80402704 <sys_spawn+0x4e>
804027ba:	fdc00793          	li	a5,-36
804027be:	f4f51be3          	bne	a0,a5,80402714 <sys_spawn+0x5e>
804027c2:	5429                	li	s0,-22
804027c4:	bf81                	j	80402714 <sys_spawn+0x5e>
804027c6:	5451                	li	s0,-12
804027c8:	bf89                	j	8040271a <sys_spawn+0x64>

804027ca <sys_wait>:
804027ca:	1141                	add	sp,sp,-16
804027cc:	4501                	li	a0,0
804027ce:	c606                	sw	ra,12(sp)
804027d0:	c422                	sw	s0,8(sp)
804027d2:	339d                	jal	80402538 <arg_raw>
804027d4:	842a                	mv	s0,a0
804027d6:	4505                	li	a0,1
804027d8:	3385                	jal	80402538 <arg_raw>
804027da:	85aa                	mv	a1,a0
804027dc:	8522                	mv	a0,s0
804027de:	4422                	lw	s0,8(sp)
804027e0:	40b2                	lw	ra,12(sp)
804027e2:	0141                	add	sp,sp,16
804027e4:	fdaff06f          	j	80401fbe <proc_wait>

804027e8 <sys_read>:
804027e8:	1141                	add	sp,sp,-16
804027ea:	4501                	li	a0,0
804027ec:	c606                	sw	ra,12(sp)
804027ee:	c422                	sw	s0,8(sp)
804027f0:	c226                	sw	s1,4(sp)
804027f2:	3399                	jal	80402538 <arg_raw>
804027f4:	47bd                	li	a5,15
804027f6:	02a7eb63          	bltu	a5,a0,8040282c <sys_read+0x44>
804027fa:	842a                	mv	s0,a0
804027fc:	0471                	add	s0,s0,28
804027fe:	c06ff0ef          	jal	80401c04 <myproc>
80402802:	040a                	sll	s0,s0,0x2
80402804:	9522                	add	a0,a0,s0
80402806:	4104                	lw	s1,0(a0)
80402808:	c095                	beqz	s1,8040282c <sys_read+0x44>
8040280a:	4509                	li	a0,2
8040280c:	3335                	jal	80402538 <arg_raw>
8040280e:	02054563          	bltz	a0,80402838 <sys_read+0x50>
80402812:	4505                	li	a0,1
80402814:	3315                	jal	80402538 <arg_raw>
80402816:	842a                	mv	s0,a0
80402818:	4509                	li	a0,2
8040281a:	3b39                	jal	80402538 <arg_raw>
8040281c:	85a2                	mv	a1,s0
8040281e:	4422                	lw	s0,8(sp)
80402820:	40b2                	lw	ra,12(sp)
80402822:	862a                	mv	a2,a0
80402824:	8526                	mv	a0,s1
80402826:	4492                	lw	s1,4(sp)
80402828:	0141                	add	sp,sp,16
8040282a:	ace1                	j	80402b02 <file_read>
8040282c:	555d                	li	a0,-9
8040282e:	40b2                	lw	ra,12(sp)
80402830:	4422                	lw	s0,8(sp)
80402832:	4492                	lw	s1,4(sp)
80402834:	0141                	add	sp,sp,16
80402836:	8082                	ret
80402838:	5529                	li	a0,-22
8040283a:	bfd5                	j	8040282e <sys_read+0x46>

8040283c <sys_write>:
8040283c:	1141                	add	sp,sp,-16
8040283e:	4501                	li	a0,0
80402840:	c606                	sw	ra,12(sp)
80402842:	c422                	sw	s0,8(sp)
80402844:	c226                	sw	s1,4(sp)
80402846:	39cd                	jal	80402538 <arg_raw>
80402848:	47bd                	li	a5,15
8040284a:	02a7eb63          	bltu	a5,a0,80402880 <sys_write+0x44>
8040284e:	842a                	mv	s0,a0
80402850:	0471                	add	s0,s0,28
80402852:	bb2ff0ef          	jal	80401c04 <myproc>
80402856:	040a                	sll	s0,s0,0x2
80402858:	9522                	add	a0,a0,s0
8040285a:	4104                	lw	s1,0(a0)
8040285c:	c095                	beqz	s1,80402880 <sys_write+0x44>
8040285e:	4509                	li	a0,2
80402860:	39e1                	jal	80402538 <arg_raw>
80402862:	02054563          	bltz	a0,8040288c <sys_write+0x50>
80402866:	4505                	li	a0,1
80402868:	39c1                	jal	80402538 <arg_raw>
8040286a:	842a                	mv	s0,a0
8040286c:	4509                	li	a0,2
8040286e:	31e9                	jal	80402538 <arg_raw>
80402870:	85a2                	mv	a1,s0
80402872:	4422                	lw	s0,8(sp)
80402874:	40b2                	lw	ra,12(sp)
80402876:	862a                	mv	a2,a0
80402878:	8526                	mv	a0,s1
8040287a:	4492                	lw	s1,4(sp)
8040287c:	0141                	add	sp,sp,16
8040287e:	a4f1                	j	80402b4a <file_write>
80402880:	555d                	li	a0,-9
80402882:	40b2                	lw	ra,12(sp)
80402884:	4422                	lw	s0,8(sp)
80402886:	4492                	lw	s1,4(sp)
80402888:	0141                	add	sp,sp,16
8040288a:	8082                	ret
8040288c:	5529                	li	a0,-22
8040288e:	bfd5                	j	80402882 <sys_write+0x46>

80402890 <sys_open>:
80402890:	7171                	add	sp,sp,-176
80402892:	4505                	li	a0,1
80402894:	d706                	sw	ra,172(sp)
80402896:	d522                	sw	s0,168(sp)
80402898:	d326                	sw	s1,164(sp)
8040289a:	d14a                	sw	s2,160(sp)
8040289c:	cf4e                	sw	s3,156(sp)
8040289e:	3969                	jal	80402538 <arg_raw>
804028a0:	84aa                	mv	s1,a0
804028a2:	08000613          	li	a2,128
804028a6:	080c                	add	a1,sp,16
804028a8:	4501                	li	a0,0
804028aa:	39d1                	jal	8040257e <arg_str>
804028ac:	842a                	mv	s0,a0
804028ae:	04054863          	bltz	a0,804028fe <sys_open+0x6e>
804028b2:	0034f913          	and	s2,s1,3
804028b6:	478d                	li	a5,3
804028b8:	5429                	li	s0,-22
804028ba:	04f90263          	beq	s2,a5,804028fe <sys_open+0x6e>
804028be:	0070                	add	a2,sp,12
804028c0:	85a6                	mv	a1,s1
804028c2:	0808                	add	a0,sp,16
804028c4:	7af000ef          	jal	80403872 <fs_open>
804028c8:	842a                	mv	s0,a0
804028ca:	02054a63          	bltz	a0,804028fe <sys_open+0x6e>
804028ce:	2261                	jal	80402a56 <file_alloc>
804028d0:	89aa                	mv	s3,a0
804028d2:	c129                	beqz	a0,80402914 <sys_open+0x84>
804028d4:	4732                	lw	a4,12(sp)
804028d6:	fff90793          	add	a5,s2,-1
804028da:	80a9                	srl	s1,s1,0xa
804028dc:	00f037b3          	snez	a5,a5
804028e0:	4689                	li	a3,2
804028e2:	8885                	and	s1,s1,1
804028e4:	01203933          	snez	s2,s2
804028e8:	c114                	sw	a3,0(a0)
804028ea:	c958                	sw	a4,20(a0)
804028ec:	c51c                	sw	a5,8(a0)
804028ee:	01252623          	sw	s2,12(a0)
804028f2:	c904                	sw	s1,16(a0)
804028f4:	fb0ff0ef          	jal	804020a4 <fd_alloc>
804028f8:	842a                	mv	s0,a0
804028fa:	00054a63          	bltz	a0,8040290e <sys_open+0x7e>
804028fe:	50ba                	lw	ra,172(sp)
80402900:	8522                	mv	a0,s0
80402902:	542a                	lw	s0,168(sp)
80402904:	549a                	lw	s1,164(sp)
80402906:	590a                	lw	s2,160(sp)
80402908:	49fa                	lw	s3,156(sp)
8040290a:	614d                	add	sp,sp,176
8040290c:	8082                	ret
8040290e:	854e                	mv	a0,s3
80402910:	225d                	jal	80402ab6 <file_close>
80402912:	b7f5                	j	804028fe <sys_open+0x6e>
80402914:	4532                	lw	a0,12(sp)
80402916:	5421                	li	s0,-24
80402918:	2f3000ef          	jal	8040340a <iput>
8040291c:	b7cd                	j	804028fe <sys_open+0x6e>

8040291e <sys_close>:
8040291e:	1141                	add	sp,sp,-16
80402920:	4501                	li	a0,0
80402922:	c606                	sw	ra,12(sp)
80402924:	c422                	sw	s0,8(sp)
80402926:	c226                	sw	s1,4(sp)
80402928:	c11ff0ef          	jal	80402538 <arg_raw>
8040292c:	47bd                	li	a5,15
8040292e:	02a7e763          	bltu	a5,a0,8040295c <sys_close+0x3e>
80402932:	842a                	mv	s0,a0
80402934:	0471                	add	s0,s0,28
80402936:	aceff0ef          	jal	80401c04 <myproc>
8040293a:	040a                	sll	s0,s0,0x2
8040293c:	9522                	add	a0,a0,s0
8040293e:	4104                	lw	s1,0(a0)
80402940:	cc91                	beqz	s1,8040295c <sys_close+0x3e>
80402942:	ac2ff0ef          	jal	80401c04 <myproc>
80402946:	9522                	add	a0,a0,s0
80402948:	00052023          	sw	zero,0(a0)
8040294c:	8526                	mv	a0,s1
8040294e:	22a5                	jal	80402ab6 <file_close>
80402950:	40b2                	lw	ra,12(sp)
80402952:	4422                	lw	s0,8(sp)
80402954:	4492                	lw	s1,4(sp)
80402956:	4501                	li	a0,0
80402958:	0141                	add	sp,sp,16
8040295a:	8082                	ret
8040295c:	40b2                	lw	ra,12(sp)
8040295e:	4422                	lw	s0,8(sp)
80402960:	4492                	lw	s1,4(sp)
80402962:	555d                	li	a0,-9
80402964:	0141                	add	sp,sp,16
80402966:	8082                	ret

80402968 <sys_lseek>:
80402968:	1141                	add	sp,sp,-16
8040296a:	4501                	li	a0,0
8040296c:	c606                	sw	ra,12(sp)
8040296e:	c422                	sw	s0,8(sp)
80402970:	c226                	sw	s1,4(sp)
80402972:	bc7ff0ef          	jal	80402538 <arg_raw>
80402976:	47bd                	li	a5,15
80402978:	02a7e963          	bltu	a5,a0,804029aa <sys_lseek+0x42>
8040297c:	842a                	mv	s0,a0
8040297e:	0471                	add	s0,s0,28
80402980:	a84ff0ef          	jal	80401c04 <myproc>
80402984:	040a                	sll	s0,s0,0x2
80402986:	9522                	add	a0,a0,s0
80402988:	4104                	lw	s1,0(a0)
8040298a:	c085                	beqz	s1,804029aa <sys_lseek+0x42>
8040298c:	4505                	li	a0,1
8040298e:	babff0ef          	jal	80402538 <arg_raw>
80402992:	842a                	mv	s0,a0
80402994:	4509                	li	a0,2
80402996:	ba3ff0ef          	jal	80402538 <arg_raw>
8040299a:	85a2                	mv	a1,s0
8040299c:	4422                	lw	s0,8(sp)
8040299e:	40b2                	lw	ra,12(sp)
804029a0:	862a                	mv	a2,a0
804029a2:	8526                	mv	a0,s1
804029a4:	4492                	lw	s1,4(sp)
804029a6:	0141                	add	sp,sp,16
804029a8:	aad5                	j	80402b9c <file_seek>
804029aa:	40b2                	lw	ra,12(sp)
804029ac:	4422                	lw	s0,8(sp)
804029ae:	4492                	lw	s1,4(sp)
804029b0:	555d                	li	a0,-9
804029b2:	0141                	add	sp,sp,16
804029b4:	8082                	ret

804029b6 <sys_unlink>:
804029b6:	7175                	add	sp,sp,-144
804029b8:	08000613          	li	a2,128
804029bc:	858a                	mv	a1,sp
804029be:	4501                	li	a0,0
804029c0:	c706                	sw	ra,140(sp)
804029c2:	bbdff0ef          	jal	8040257e <arg_str>
804029c6:	00054563          	bltz	a0,804029d0 <sys_unlink+0x1a>
804029ca:	850a                	mv	a0,sp
804029cc:	00a010ef          	jal	804039d6 <fs_unlink>
804029d0:	40ba                	lw	ra,140(sp)
804029d2:	6149                	add	sp,sp,144
804029d4:	8082                	ret

804029d6 <sys_readdir>:
804029d6:	7179                	add	sp,sp,-48
804029d8:	4501                	li	a0,0
804029da:	d606                	sw	ra,44(sp)
804029dc:	d422                	sw	s0,40(sp)
804029de:	d226                	sw	s1,36(sp)
804029e0:	b59ff0ef          	jal	80402538 <arg_raw>
804029e4:	860a                	mv	a2,sp
804029e6:	004c                	add	a1,sp,4
804029e8:	084010ef          	jal	80403a6c <fs_readdir>
804029ec:	02054d63          	bltz	a0,80402a26 <sys_readdir+0x50>
804029f0:	0048                	add	a0,sp,4
804029f2:	922ff0ef          	jal	80401b14 <strlen>
804029f6:	842a                	mv	s0,a0
804029f8:	4509                	li	a0,2
804029fa:	0405                	add	s0,s0,1
804029fc:	b3dff0ef          	jal	80402538 <arg_raw>
80402a00:	04856163          	bltu	a0,s0,80402a42 <sys_readdir+0x6c>
80402a04:	a00ff0ef          	jal	80401c04 <myproc>
80402a08:	5144                	lw	s1,36(a0)
80402a0a:	4505                	li	a0,1
80402a0c:	b2dff0ef          	jal	80402538 <arg_raw>
80402a10:	85aa                	mv	a1,a0
80402a12:	86a2                	mv	a3,s0
80402a14:	0050                	add	a2,sp,4
80402a16:	8526                	mv	a0,s1
80402a18:	d22fe0ef          	jal	80400f3a <copyout>
80402a1c:	02054663          	bltz	a0,80402a48 <sys_readdir+0x72>
80402a20:	4502                	lw	a0,0(sp)
80402a22:	00054763          	bltz	a0,80402a30 <sys_readdir+0x5a>
80402a26:	50b2                	lw	ra,44(sp)
80402a28:	5422                	lw	s0,40(sp)
80402a2a:	5492                	lw	s1,36(sp)
80402a2c:	6145                	add	sp,sp,48
80402a2e:	8082                	ret
80402a30:	50b2                	lw	ra,44(sp)
80402a32:	5422                	lw	s0,40(sp)
80402a34:	80000537          	lui	a0,0x80000
80402a38:	5492                	lw	s1,36(sp)
80402a3a:	fff54513          	not	a0,a0
80402a3e:	6145                	add	sp,sp,48
80402a40:	8082                	ret
80402a42:	fdc00513          	li	a0,-36
80402a46:	b7c5                	j	80402a26 <sys_readdir+0x50>
80402a48:	5549                	li	a0,-14
80402a4a:	bff1                	j	80402a26 <sys_readdir+0x50>

80402a4c <file_console>:
80402a4c:	80427537          	lui	a0,0x80427
80402a50:	00050513          	mv	a0,a0
80402a54:	8082                	ret

80402a56 <file_alloc>:
80402a56:	1141                	add	sp,sp,-16
80402a58:	804ae7b7          	lui	a5,0x804ae
80402a5c:	c606                	sw	ra,12(sp)
80402a5e:	c422                	sw	s0,8(sp)
80402a60:	0c478793          	add	a5,a5,196 # 804ae0c4 <files+0x4>
80402a64:	4701                	li	a4,0
80402a66:	08000613          	li	a2,128
80402a6a:	a021                	j	80402a72 <file_alloc+0x1c>
80402a6c:	0705                	add	a4,a4,1
80402a6e:	02c70a63          	beq	a4,a2,80402aa2 <file_alloc+0x4c>
80402a72:	4394                	lw	a3,0(a5)
80402a74:	07f1                	add	a5,a5,28
80402a76:	fafd                	bnez	a3,80402a6c <file_alloc+0x16>
80402a78:	00371413          	sll	s0,a4,0x3
80402a7c:	8c19                	sub	s0,s0,a4
80402a7e:	804ae7b7          	lui	a5,0x804ae
80402a82:	0c078793          	add	a5,a5,192 # 804ae0c0 <files>
80402a86:	040a                	sll	s0,s0,0x2
80402a88:	943e                	add	s0,s0,a5
80402a8a:	8522                	mv	a0,s0
80402a8c:	4671                	li	a2,28
80402a8e:	4581                	li	a1,0
80402a90:	fe3fe0ef          	jal	80401a72 <memset>
80402a94:	4785                	li	a5,1
80402a96:	40b2                	lw	ra,12(sp)
80402a98:	c05c                	sw	a5,4(s0)
80402a9a:	8522                	mv	a0,s0
80402a9c:	4422                	lw	s0,8(sp)
80402a9e:	0141                	add	sp,sp,16
80402aa0:	8082                	ret
80402aa2:	4401                	li	s0,0
80402aa4:	40b2                	lw	ra,12(sp)
80402aa6:	8522                	mv	a0,s0
80402aa8:	4422                	lw	s0,8(sp)
80402aaa:	0141                	add	sp,sp,16
80402aac:	8082                	ret

80402aae <file_dup>:
80402aae:	4158                	lw	a4,4(a0)
80402ab0:	0705                	add	a4,a4,1
80402ab2:	c158                	sw	a4,4(a0)
80402ab4:	8082                	ret

80402ab6 <file_close>:
80402ab6:	415c                	lw	a5,4(a0)
80402ab8:	1141                	add	sp,sp,-16
80402aba:	c606                	sw	ra,12(sp)
80402abc:	c422                	sw	s0,8(sp)
80402abe:	02f05c63          	blez	a5,80402af6 <file_close+0x40>
80402ac2:	17fd                	add	a5,a5,-1
80402ac4:	c15c                	sw	a5,4(a0)
80402ac6:	842a                	mv	s0,a0
80402ac8:	ef89                	bnez	a5,80402ae2 <file_close+0x2c>
80402aca:	804277b7          	lui	a5,0x80427
80402ace:	00078793          	mv	a5,a5
80402ad2:	00f50863          	beq	a0,a5,80402ae2 <file_close+0x2c>
80402ad6:	4118                	lw	a4,0(a0)
80402ad8:	4789                	li	a5,2
80402ada:	00f70863          	beq	a4,a5,80402aea <file_close+0x34>
80402ade:	00042023          	sw	zero,0(s0)
80402ae2:	40b2                	lw	ra,12(sp)
80402ae4:	4422                	lw	s0,8(sp)
80402ae6:	0141                	add	sp,sp,16
80402ae8:	8082                	ret
80402aea:	4948                	lw	a0,20(a0)
80402aec:	11f000ef          	jal	8040340a <iput>
80402af0:	1ac010ef          	jal	80403c9c <bio_flush>
80402af4:	b7ed                	j	80402ade <file_close+0x28>
80402af6:	80427537          	lui	a0,0x80427
80402afa:	9b050513          	add	a0,a0,-1616 # 804269b0 <syscalls+0x40>
80402afe:	f3ffe0ef          	jal	80401a3c <panic>

80402b02 <file_read>:
80402b02:	4514                	lw	a3,8(a0)
80402b04:	c2a9                	beqz	a3,80402b46 <file_read+0x44>
80402b06:	8732                	mv	a4,a2
80402b08:	4110                	lw	a2,0(a0)
80402b0a:	1141                	add	sp,sp,-16
80402b0c:	c422                	sw	s0,8(sp)
80402b0e:	c606                	sw	ra,12(sp)
80402b10:	4685                	li	a3,1
80402b12:	842a                	mv	s0,a0
80402b14:	87ae                	mv	a5,a1
80402b16:	02d60163          	beq	a2,a3,80402b38 <file_read+0x36>
80402b1a:	4d14                	lw	a3,24(a0)
80402b1c:	4948                	lw	a0,20(a0)
80402b1e:	862e                	mv	a2,a1
80402b20:	4585                	li	a1,1
80402b22:	233000ef          	jal	80403554 <readi>
80402b26:	00a05563          	blez	a0,80402b30 <file_read+0x2e>
80402b2a:	4c1c                	lw	a5,24(s0)
80402b2c:	97aa                	add	a5,a5,a0
80402b2e:	cc1c                	sw	a5,24(s0)
80402b30:	40b2                	lw	ra,12(sp)
80402b32:	4422                	lw	s0,8(sp)
80402b34:	0141                	add	sp,sp,16
80402b36:	8082                	ret
80402b38:	4422                	lw	s0,8(sp)
80402b3a:	40b2                	lw	ra,12(sp)
80402b3c:	85ba                	mv	a1,a4
80402b3e:	853e                	mv	a0,a5
80402b40:	0141                	add	sp,sp,16
80402b42:	bebfe06f          	j	8040172c <console_read>
80402b46:	555d                	li	a0,-9
80402b48:	8082                	ret

80402b4a <file_write>:
80402b4a:	4554                	lw	a3,12(a0)
80402b4c:	c6b1                	beqz	a3,80402b98 <file_write+0x4e>
80402b4e:	8732                	mv	a4,a2
80402b50:	4110                	lw	a2,0(a0)
80402b52:	1141                	add	sp,sp,-16
80402b54:	c422                	sw	s0,8(sp)
80402b56:	c606                	sw	ra,12(sp)
80402b58:	4685                	li	a3,1
80402b5a:	842a                	mv	s0,a0
80402b5c:	87ae                	mv	a5,a1
80402b5e:	02d60663          	beq	a2,a3,80402b8a <file_write+0x40>
80402b62:	4914                	lw	a3,16(a0)
80402b64:	4948                	lw	a0,20(a0)
80402b66:	ee99                	bnez	a3,80402b84 <file_write+0x3a>
80402b68:	4c14                	lw	a3,24(s0)
80402b6a:	863e                	mv	a2,a5
80402b6c:	4585                	li	a1,1
80402b6e:	2b7000ef          	jal	80403624 <writei>
80402b72:	00a05563          	blez	a0,80402b7c <file_write+0x32>
80402b76:	4c1c                	lw	a5,24(s0)
80402b78:	97aa                	add	a5,a5,a0
80402b7a:	cc1c                	sw	a5,24(s0)
80402b7c:	40b2                	lw	ra,12(sp)
80402b7e:	4422                	lw	s0,8(sp)
80402b80:	0141                	add	sp,sp,16
80402b82:	8082                	ret
80402b84:	4554                	lw	a3,12(a0)
80402b86:	cc14                	sw	a3,24(s0)
80402b88:	b7cd                	j	80402b6a <file_write+0x20>
80402b8a:	4422                	lw	s0,8(sp)
80402b8c:	40b2                	lw	ra,12(sp)
80402b8e:	85ba                	mv	a1,a4
80402b90:	853e                	mv	a0,a5
80402b92:	0141                	add	sp,sp,16
80402b94:	c47fe06f          	j	804017da <console_write>
80402b98:	555d                	li	a0,-9
80402b9a:	8082                	ret

80402b9c <file_seek>:
80402b9c:	411c                	lw	a5,0(a0)
80402b9e:	4709                	li	a4,2
80402ba0:	02e79963          	bne	a5,a4,80402bd2 <file_seek+0x36>
80402ba4:	c21d                	beqz	a2,80402bca <file_seek+0x2e>
80402ba6:	4705                	li	a4,1
80402ba8:	02e60363          	beq	a2,a4,80402bce <file_seek+0x32>
80402bac:	02f61363          	bne	a2,a5,80402bd2 <file_seek+0x36>
80402bb0:	495c                	lw	a5,20(a0)
80402bb2:	47dc                	lw	a5,12(a5)
80402bb4:	97ae                	add	a5,a5,a1
80402bb6:	00b7b733          	sltu	a4,a5,a1
80402bba:	81fd                	srl	a1,a1,0x1f
80402bbc:	00e59b63          	bne	a1,a4,80402bd2 <file_seek+0x36>
80402bc0:	0007c963          	bltz	a5,80402bd2 <file_seek+0x36>
80402bc4:	cd1c                	sw	a5,24(a0)
80402bc6:	853e                	mv	a0,a5
80402bc8:	8082                	ret
80402bca:	4781                	li	a5,0
80402bcc:	b7e5                	j	80402bb4 <file_seek+0x18>
80402bce:	4d1c                	lw	a5,24(a0)
80402bd0:	b7d5                	j	80402bb4 <file_seek+0x18>
80402bd2:	5529                	li	a0,-22
80402bd4:	8082                	ret

80402bd6 <bfree>:
80402bd6:	804b17b7          	lui	a5,0x804b1
80402bda:	0c078793          	add	a5,a5,192 # 804b10c0 <sb>
80402bde:	5398                	lw	a4,32(a5)
80402be0:	1101                	add	sp,sp,-32
80402be2:	c84a                	sw	s2,16(sp)
80402be4:	ce06                	sw	ra,28(sp)
80402be6:	cc22                	sw	s0,24(sp)
80402be8:	ca26                	sw	s1,20(sp)
80402bea:	c64e                	sw	s3,12(sp)
80402bec:	892a                	mv	s2,a0
80402bee:	04e56d63          	bltu	a0,a4,80402c48 <bfree+0x72>
80402bf2:	4798                	lw	a4,8(a5)
80402bf4:	04e57a63          	bgeu	a0,a4,80402c48 <bfree+0x72>
80402bf8:	4b98                	lw	a4,16(a5)
80402bfa:	4485                	li	s1,1
80402bfc:	00757793          	and	a5,a0,7
80402c00:	813d                	srl	a0,a0,0xf
80402c02:	00f494b3          	sll	s1,s1,a5
80402c06:	953a                	add	a0,a0,a4
80402c08:	01191793          	sll	a5,s2,0x11
80402c0c:	0147d413          	srl	s0,a5,0x14
80402c10:	7ef000ef          	jal	80403bfe <bread>
80402c14:	008507b3          	add	a5,a0,s0
80402c18:	0187c703          	lbu	a4,24(a5)
80402c1c:	0ff4f493          	zext.b	s1,s1
80402c20:	89aa                	mv	s3,a0
80402c22:	009776b3          	and	a3,a4,s1
80402c26:	ca85                	beqz	a3,80402c56 <bfree+0x80>
80402c28:	fff4c493          	not	s1,s1
80402c2c:	8f65                	and	a4,a4,s1
80402c2e:	00e78c23          	sb	a4,24(a5)
80402c32:	02e010ef          	jal	80403c60 <bdirty>
80402c36:	4462                	lw	s0,24(sp)
80402c38:	40f2                	lw	ra,28(sp)
80402c3a:	44d2                	lw	s1,20(sp)
80402c3c:	4942                	lw	s2,16(sp)
80402c3e:	854e                	mv	a0,s3
80402c40:	49b2                	lw	s3,12(sp)
80402c42:	6105                	add	sp,sp,32
80402c44:	0220106f          	j	80403c66 <brelse>
80402c48:	80427537          	lui	a0,0x80427
80402c4c:	85ca                	mv	a1,s2
80402c4e:	9c850513          	add	a0,a0,-1592 # 804269c8 <syscalls+0x58>
80402c52:	debfe0ef          	jal	80401a3c <panic>
80402c56:	80427537          	lui	a0,0x80427
80402c5a:	85ca                	mv	a1,s2
80402c5c:	9f050513          	add	a0,a0,-1552 # 804269f0 <syscalls+0x80>
80402c60:	dddfe0ef          	jal	80401a3c <panic>

80402c64 <trim_indirect>:
80402c64:	7179                	add	sp,sp,-48
80402c66:	ce4e                	sw	s3,28(sp)
80402c68:	cc52                	sw	s4,24(sp)
80402c6a:	c85a                	sw	s6,16(sp)
80402c6c:	c65e                	sw	s7,12(sp)
80402c6e:	c266                	sw	s9,4(sp)
80402c70:	d606                	sw	ra,44(sp)
80402c72:	d422                	sw	s0,40(sp)
80402c74:	d226                	sw	s1,36(sp)
80402c76:	d04a                	sw	s2,32(sp)
80402c78:	ca56                	sw	s5,20(sp)
80402c7a:	c462                	sw	s8,8(sp)
80402c7c:	c06a                	sw	s10,0(sp)
80402c7e:	4785                	li	a5,1
80402c80:	8cb2                	mv	s9,a2
80402c82:	8baa                	mv	s7,a0
80402c84:	8b2e                	mv	s6,a1
80402c86:	89b6                	mv	s3,a3
80402c88:	4a05                	li	s4,1
80402c8a:	00f60463          	beq	a2,a5,80402c92 <trim_indirect+0x2e>
80402c8e:	40000a13          	li	s4,1024
80402c92:	855e                	mv	a0,s7
80402c94:	6a85                	lui	s5,0x1
80402c96:	769000ef          	jal	80403bfe <bread>
80402c9a:	0ae1                	add	s5,s5,24 # 1018 <_entry-0x803fefe8>
80402c9c:	8c2a                	mv	s8,a0
80402c9e:	01850413          	add	s0,a0,24
80402ca2:	9aaa                	add	s5,s5,a0
80402ca4:	84da                	mv	s1,s6
80402ca6:	4d05                	li	s10,1
80402ca8:	4008                	lw	a0,0(s0)
80402caa:	009a0933          	add	s2,s4,s1
80402cae:	cd01                	beqz	a0,80402cc6 <trim_indirect+0x62>
80402cb0:	0129fb63          	bgeu	s3,s2,80402cc6 <trim_indirect+0x62>
80402cb4:	86ce                	mv	a3,s3
80402cb6:	fffc8613          	add	a2,s9,-1 # f401efff <kernel_end+0x73b2bfff>
80402cba:	85a6                	mv	a1,s1
80402cbc:	03ac8c63          	beq	s9,s10,80402cf4 <trim_indirect+0x90>
80402cc0:	3755                	jal	80402c64 <trim_indirect>
80402cc2:	0334fc63          	bgeu	s1,s3,80402cfa <trim_indirect+0x96>
80402cc6:	0411                	add	s0,s0,4
80402cc8:	84ca                	mv	s1,s2
80402cca:	fd541fe3          	bne	s0,s5,80402ca8 <trim_indirect+0x44>
80402cce:	8562                	mv	a0,s8
80402cd0:	797000ef          	jal	80403c66 <brelse>
80402cd4:	033b7963          	bgeu	s6,s3,80402d06 <trim_indirect+0xa2>
80402cd8:	50b2                	lw	ra,44(sp)
80402cda:	5422                	lw	s0,40(sp)
80402cdc:	5492                	lw	s1,36(sp)
80402cde:	5902                	lw	s2,32(sp)
80402ce0:	49f2                	lw	s3,28(sp)
80402ce2:	4a62                	lw	s4,24(sp)
80402ce4:	4ad2                	lw	s5,20(sp)
80402ce6:	4b42                	lw	s6,16(sp)
80402ce8:	4bb2                	lw	s7,12(sp)
80402cea:	4c22                	lw	s8,8(sp)
80402cec:	4c92                	lw	s9,4(sp)
80402cee:	4d02                	lw	s10,0(sp)
80402cf0:	6145                	add	sp,sp,48
80402cf2:	8082                	ret
80402cf4:	35cd                	jal	80402bd6 <bfree>
80402cf6:	fd34e8e3          	bltu	s1,s3,80402cc6 <trim_indirect+0x62>
80402cfa:	00042023          	sw	zero,0(s0)
80402cfe:	8562                	mv	a0,s8
80402d00:	761000ef          	jal	80403c60 <bdirty>
80402d04:	b7c9                	j	80402cc6 <trim_indirect+0x62>
80402d06:	5422                	lw	s0,40(sp)
80402d08:	50b2                	lw	ra,44(sp)
80402d0a:	5492                	lw	s1,36(sp)
80402d0c:	5902                	lw	s2,32(sp)
80402d0e:	49f2                	lw	s3,28(sp)
80402d10:	4a62                	lw	s4,24(sp)
80402d12:	4ad2                	lw	s5,20(sp)
80402d14:	4b42                	lw	s6,16(sp)
80402d16:	4c22                	lw	s8,8(sp)
80402d18:	4c92                	lw	s9,4(sp)
80402d1a:	4d02                	lw	s10,0(sp)
80402d1c:	855e                	mv	a0,s7
80402d1e:	4bb2                	lw	s7,12(sp)
80402d20:	6145                	add	sp,sp,48
80402d22:	bd55                	j	80402bd6 <bfree>

80402d24 <iget.part.0>:
80402d24:	1141                	add	sp,sp,-16
80402d26:	804b07b7          	lui	a5,0x804b0
80402d2a:	c422                	sw	s0,8(sp)
80402d2c:	c226                	sw	s1,4(sp)
80402d2e:	c606                	sw	ra,12(sp)
80402d30:	84aa                	mv	s1,a0
80402d32:	4401                	li	s0,0
80402d34:	ec078513          	add	a0,a5,-320 # 804afec0 <inodes>
80402d38:	4701                	li	a4,0
80402d3a:	ec078793          	add	a5,a5,-320
80402d3e:	04000593          	li	a1,64
80402d42:	a809                	j	80402d54 <iget.part.0+0x30>
80402d44:	4390                	lw	a2,0(a5)
80402d46:	08960263          	beq	a2,s1,80402dca <iget.part.0+0xa6>
80402d4a:	0705                	add	a4,a4,1
80402d4c:	04878793          	add	a5,a5,72
80402d50:	00b70d63          	beq	a4,a1,80402d6a <iget.part.0+0x46>
80402d54:	43d4                	lw	a3,4(a5)
80402d56:	fed047e3          	bgtz	a3,80402d44 <iget.part.0+0x20>
80402d5a:	f865                	bnez	s0,80402d4a <iget.part.0+0x26>
80402d5c:	f6fd                	bnez	a3,80402d4a <iget.part.0+0x26>
80402d5e:	0705                	add	a4,a4,1
80402d60:	843e                	mv	s0,a5
80402d62:	04878793          	add	a5,a5,72
80402d66:	feb717e3          	bne	a4,a1,80402d54 <iget.part.0+0x30>
80402d6a:	c43d                	beqz	s0,80402dd8 <iget.part.0+0xb4>
80402d6c:	804b17b7          	lui	a5,0x804b1
80402d70:	0d87a783          	lw	a5,216(a5) # 804b10d8 <sb+0x18>
80402d74:	0064d513          	srl	a0,s1,0x6
80402d78:	953e                	add	a0,a0,a5
80402d7a:	685000ef          	jal	80403bfe <bread>
80402d7e:	03f4f793          	and	a5,s1,63
80402d82:	00679693          	sll	a3,a5,0x6
80402d86:	96aa                	add	a3,a3,a0
80402d88:	01868793          	add	a5,a3,24 # fffff018 <kernel_end+0x7fb0c018>
80402d8c:	00840713          	add	a4,s0,8
80402d90:	05868693          	add	a3,a3,88
80402d94:	0007a883          	lw	a7,0(a5)
80402d98:	0047a803          	lw	a6,4(a5)
80402d9c:	478c                	lw	a1,8(a5)
80402d9e:	47d0                	lw	a2,12(a5)
80402da0:	01172023          	sw	a7,0(a4)
80402da4:	01072223          	sw	a6,4(a4)
80402da8:	c70c                	sw	a1,8(a4)
80402daa:	c750                	sw	a2,12(a4)
80402dac:	07c1                	add	a5,a5,16
80402dae:	0741                	add	a4,a4,16
80402db0:	fed792e3          	bne	a5,a3,80402d94 <iget.part.0+0x70>
80402db4:	6b3000ef          	jal	80403c66 <brelse>
80402db8:	4785                	li	a5,1
80402dba:	c004                	sw	s1,0(s0)
80402dbc:	40b2                	lw	ra,12(sp)
80402dbe:	c05c                	sw	a5,4(s0)
80402dc0:	8522                	mv	a0,s0
80402dc2:	4422                	lw	s0,8(sp)
80402dc4:	4492                	lw	s1,4(sp)
80402dc6:	0141                	add	sp,sp,16
80402dc8:	8082                	ret
80402dca:	00371413          	sll	s0,a4,0x3
80402dce:	943a                	add	s0,s0,a4
80402dd0:	040e                	sll	s0,s0,0x3
80402dd2:	942a                	add	s0,s0,a0
80402dd4:	0685                	add	a3,a3,1
80402dd6:	c054                	sw	a3,4(s0)
80402dd8:	40b2                	lw	ra,12(sp)
80402dda:	8522                	mv	a0,s0
80402ddc:	4422                	lw	s0,8(sp)
80402dde:	4492                	lw	s1,4(sp)
80402de0:	0141                	add	sp,sp,16
80402de2:	8082                	ret

80402de4 <balloc>:
80402de4:	7179                	add	sp,sp,-48
80402de6:	d04a                	sw	s2,32(sp)
80402de8:	804b1937          	lui	s2,0x804b1
80402dec:	0c090913          	add	s2,s2,192 # 804b10c0 <sb>
80402df0:	02092783          	lw	a5,32(s2)
80402df4:	00892703          	lw	a4,8(s2)
80402df8:	ce4e                	sw	s3,28(sp)
80402dfa:	d606                	sw	ra,44(sp)
80402dfc:	d422                	sw	s0,40(sp)
80402dfe:	d226                	sw	s1,36(sp)
80402e00:	cc52                	sw	s4,24(sp)
80402e02:	ca56                	sw	s5,20(sp)
80402e04:	c85a                	sw	s6,16(sp)
80402e06:	c65e                	sw	s7,12(sp)
80402e08:	c462                	sw	s8,8(sp)
80402e0a:	c266                	sw	s9,4(sp)
80402e0c:	40f709b3          	sub	s3,a4,a5
80402e10:	08f70963          	beq	a4,a5,80402ea2 <balloc+0xbe>
80402e14:	6a05                	lui	s4,0x1
80402e16:	4c81                	li	s9,0
80402e18:	80427ab7          	lui	s5,0x80427
80402e1c:	1a7d                	add	s4,s4,-1 # fff <_entry-0x803ff001>
80402e1e:	4b05                	li	s6,1
80402e20:	a039                	j	80402e2e <balloc+0x4a>
80402e22:	645000ef          	jal	80403c66 <brelse>
80402e26:	07998e63          	beq	s3,s9,80402ea2 <balloc+0xbe>
80402e2a:	02092783          	lw	a5,32(s2)
80402e2e:	058aa403          	lw	s0,88(s5) # 80427058 <alloc_hint>
80402e32:	01092703          	lw	a4,16(s2)
80402e36:	9466                	add	s0,s0,s9
80402e38:	8c1d                	sub	s0,s0,a5
80402e3a:	03347433          	remu	s0,s0,s3
80402e3e:	0c85                	add	s9,s9,1
80402e40:	943e                	add	s0,s0,a5
80402e42:	00f45513          	srl	a0,s0,0xf
80402e46:	00345793          	srl	a5,s0,0x3
80402e4a:	953a                	add	a0,a0,a4
80402e4c:	0147f4b3          	and	s1,a5,s4
80402e50:	5af000ef          	jal	80403bfe <bread>
80402e54:	009507b3          	add	a5,a0,s1
80402e58:	0187c703          	lbu	a4,24(a5)
80402e5c:	00747b93          	and	s7,s0,7
80402e60:	017b1bb3          	sll	s7,s6,s7
80402e64:	0ffbfb93          	zext.b	s7,s7
80402e68:	017776b3          	and	a3,a4,s7
80402e6c:	8c2a                	mv	s8,a0
80402e6e:	fad5                	bnez	a3,80402e22 <balloc+0x3e>
80402e70:	01776733          	or	a4,a4,s7
80402e74:	00e78c23          	sb	a4,24(a5)
80402e78:	5e9000ef          	jal	80403c60 <bdirty>
80402e7c:	8562                	mv	a0,s8
80402e7e:	5e9000ef          	jal	80403c66 <brelse>
80402e82:	8522                	mv	a0,s0
80402e84:	5b7000ef          	jal	80403c3a <bclear>
80402e88:	5df000ef          	jal	80403c66 <brelse>
80402e8c:	00892703          	lw	a4,8(s2)
80402e90:	00140793          	add	a5,s0,1
80402e94:	00e7e463          	bltu	a5,a4,80402e9c <balloc+0xb8>
80402e98:	02092783          	lw	a5,32(s2)
80402e9c:	04faac23          	sw	a5,88(s5)
80402ea0:	a011                	j	80402ea4 <balloc+0xc0>
80402ea2:	4401                	li	s0,0
80402ea4:	50b2                	lw	ra,44(sp)
80402ea6:	8522                	mv	a0,s0
80402ea8:	5422                	lw	s0,40(sp)
80402eaa:	5492                	lw	s1,36(sp)
80402eac:	5902                	lw	s2,32(sp)
80402eae:	49f2                	lw	s3,28(sp)
80402eb0:	4a62                	lw	s4,24(sp)
80402eb2:	4ad2                	lw	s5,20(sp)
80402eb4:	4b42                	lw	s6,16(sp)
80402eb6:	4bb2                	lw	s7,12(sp)
80402eb8:	4c22                	lw	s8,8(sp)
80402eba:	4c92                	lw	s9,4(sp)
80402ebc:	6145                	add	sp,sp,48
80402ebe:	8082                	ret

80402ec0 <bmap>:
80402ec0:	1101                	add	sp,sp,-32
80402ec2:	cc22                	sw	s0,24(sp)
80402ec4:	ca26                	sw	s1,20(sp)
80402ec6:	c84a                	sw	s2,16(sp)
80402ec8:	ce06                	sw	ra,28(sp)
80402eca:	c64e                	sw	s3,12(sp)
80402ecc:	c452                	sw	s4,8(sp)
80402ece:	47ad                	li	a5,11
80402ed0:	842e                	mv	s0,a1
80402ed2:	84aa                	mv	s1,a0
80402ed4:	8932                	mv	s2,a2
80402ed6:	0cb7f163          	bgeu	a5,a1,80402f98 <bmap+0xd8>
80402eda:	ff458993          	add	s3,a1,-12 # bfdfff4 <_entry-0x7442000c>
80402ede:	3ff00793          	li	a5,1023
80402ee2:	0f37f963          	bgeu	a5,s3,80402fd4 <bmap+0x114>
80402ee6:	4168                	lw	a0,68(a0)
80402ee8:	ed01                	bnez	a0,80402f00 <bmap+0x40>
80402eea:	ee1d                	bnez	a2,80402f28 <bmap+0x68>
80402eec:	4401                	li	s0,0
80402eee:	40f2                	lw	ra,28(sp)
80402ef0:	8522                	mv	a0,s0
80402ef2:	4462                	lw	s0,24(sp)
80402ef4:	44d2                	lw	s1,20(sp)
80402ef6:	4942                	lw	s2,16(sp)
80402ef8:	49b2                	lw	s3,12(sp)
80402efa:	4a22                	lw	s4,8(sp)
80402efc:	6105                	add	sp,sp,32
80402efe:	8082                	ret
80402f00:	4ff000ef          	jal	80403bfe <bread>
80402f04:	bf440413          	add	s0,s0,-1036
80402f08:	00a45793          	srl	a5,s0,0xa
80402f0c:	01850993          	add	s3,a0,24
80402f10:	078a                	sll	a5,a5,0x2
80402f12:	99be                	add	s3,s3,a5
80402f14:	0009aa03          	lw	s4,0(s3)
80402f18:	84aa                	mv	s1,a0
80402f1a:	080a1a63          	bnez	s4,80402fae <bmap+0xee>
80402f1e:	02091763          	bnez	s2,80402f4c <bmap+0x8c>
80402f22:	545000ef          	jal	80403c66 <brelse>
80402f26:	b7d9                	j	80402eec <bmap+0x2c>
80402f28:	3d75                	jal	80402de4 <balloc>
80402f2a:	c0e8                	sw	a0,68(s1)
80402f2c:	d161                	beqz	a0,80402eec <bmap+0x2c>
80402f2e:	4d1000ef          	jal	80403bfe <bread>
80402f32:	bf440413          	add	s0,s0,-1036
80402f36:	00a45793          	srl	a5,s0,0xa
80402f3a:	01850993          	add	s3,a0,24
80402f3e:	078a                	sll	a5,a5,0x2
80402f40:	99be                	add	s3,s3,a5
80402f42:	0009aa03          	lw	s4,0(s3)
80402f46:	84aa                	mv	s1,a0
80402f48:	060a1363          	bnez	s4,80402fae <bmap+0xee>
80402f4c:	3d61                	jal	80402de4 <balloc>
80402f4e:	892a                	mv	s2,a0
80402f50:	8526                	mv	a0,s1
80402f52:	fc0908e3          	beqz	s2,80402f22 <bmap+0x62>
80402f56:	0129a023          	sw	s2,0(s3)
80402f5a:	507000ef          	jal	80403c60 <bdirty>
80402f5e:	8526                	mv	a0,s1
80402f60:	507000ef          	jal	80403c66 <brelse>
80402f64:	854a                	mv	a0,s2
80402f66:	499000ef          	jal	80403bfe <bread>
80402f6a:	3ff47413          	and	s0,s0,1023
80402f6e:	00241793          	sll	a5,s0,0x2
80402f72:	01850993          	add	s3,a0,24
80402f76:	99be                	add	s3,s3,a5
80402f78:	0009a403          	lw	s0,0(s3)
80402f7c:	84aa                	mv	s1,a0
80402f7e:	e809                	bnez	s0,80402f90 <bmap+0xd0>
80402f80:	3595                	jal	80402de4 <balloc>
80402f82:	842a                	mv	s0,a0
80402f84:	c511                	beqz	a0,80402f90 <bmap+0xd0>
80402f86:	00a9a023          	sw	a0,0(s3)
80402f8a:	8526                	mv	a0,s1
80402f8c:	4d5000ef          	jal	80403c60 <bdirty>
80402f90:	8526                	mv	a0,s1
80402f92:	4d5000ef          	jal	80403c66 <brelse>
80402f96:	bfa1                	j	80402eee <bmap+0x2e>
80402f98:	00259413          	sll	s0,a1,0x2
80402f9c:	008504b3          	add	s1,a0,s0
80402fa0:	4880                	lw	s0,16(s1)
80402fa2:	f431                	bnez	s0,80402eee <bmap+0x2e>
80402fa4:	d629                	beqz	a2,80402eee <bmap+0x2e>
80402fa6:	3d3d                	jal	80402de4 <balloc>
80402fa8:	842a                	mv	s0,a0
80402faa:	c888                	sw	a0,16(s1)
80402fac:	b789                	j	80402eee <bmap+0x2e>
80402fae:	8526                	mv	a0,s1
80402fb0:	4b7000ef          	jal	80403c66 <brelse>
80402fb4:	8552                	mv	a0,s4
80402fb6:	449000ef          	jal	80403bfe <bread>
80402fba:	3ff47413          	and	s0,s0,1023
80402fbe:	040a                	sll	s0,s0,0x2
80402fc0:	01850993          	add	s3,a0,24
80402fc4:	99a2                	add	s3,s3,s0
80402fc6:	0009a403          	lw	s0,0(s3)
80402fca:	84aa                	mv	s1,a0
80402fcc:	f071                	bnez	s0,80402f90 <bmap+0xd0>
80402fce:	fc0901e3          	beqz	s2,80402f90 <bmap+0xd0>
80402fd2:	b77d                	j	80402f80 <bmap+0xc0>
80402fd4:	4128                	lw	a0,64(a0)
80402fd6:	cd11                	beqz	a0,80402ff2 <bmap+0x132>
80402fd8:	427000ef          	jal	80403bfe <bread>
80402fdc:	01850793          	add	a5,a0,24
80402fe0:	098a                	sll	s3,s3,0x2
80402fe2:	99be                	add	s3,s3,a5
80402fe4:	0009a403          	lw	s0,0(s3)
80402fe8:	84aa                	mv	s1,a0
80402fea:	f05d                	bnez	s0,80402f90 <bmap+0xd0>
80402fec:	fa0902e3          	beqz	s2,80402f90 <bmap+0xd0>
80402ff0:	bf41                	j	80402f80 <bmap+0xc0>
80402ff2:	ee060de3          	beqz	a2,80402eec <bmap+0x2c>
80402ff6:	33fd                	jal	80402de4 <balloc>
80402ff8:	c0a8                	sw	a0,64(s1)
80402ffa:	ee0509e3          	beqz	a0,80402eec <bmap+0x2c>
80402ffe:	401000ef          	jal	80403bfe <bread>
80403002:	01850793          	add	a5,a0,24
80403006:	098a                	sll	s3,s3,0x2
80403008:	99be                	add	s3,s3,a5
8040300a:	0009a403          	lw	s0,0(s3)
8040300e:	84aa                	mv	s1,a0
80403010:	d825                	beqz	s0,80402f80 <bmap+0xc0>
80403012:	bfbd                	j	80402f90 <bmap+0xd0>

80403014 <fs_init>:
80403014:	1141                	add	sp,sp,-16
80403016:	4501                	li	a0,0
80403018:	c606                	sw	ra,12(sp)
8040301a:	c422                	sw	s0,8(sp)
8040301c:	c226                	sw	s1,4(sp)
8040301e:	804b1437          	lui	s0,0x804b1
80403022:	3dd000ef          	jal	80403bfe <bread>
80403026:	01850593          	add	a1,a0,24
8040302a:	02400613          	li	a2,36
8040302e:	84aa                	mv	s1,a0
80403030:	0c040513          	add	a0,s0,192 # 804b10c0 <sb>
80403034:	a81fe0ef          	jal	80401ab4 <memcpy>
80403038:	8526                	mv	a0,s1
8040303a:	42d000ef          	jal	80403c66 <brelse>
8040303e:	59d000ef          	jal	80403dda <disk_capacity>
80403042:	0c040793          	add	a5,s0,192
80403046:	4394                	lw	a3,0(a5)
80403048:	53466737          	lui	a4,0x53466
8040304c:	84570713          	add	a4,a4,-1979 # 53465845 <_entry-0x2cf9a7bb>
80403050:	08e69463          	bne	a3,a4,804030d8 <fs_init+0xc4>
80403054:	43cc                	lw	a1,4(a5)
80403056:	4705                	li	a4,1
80403058:	08e59063          	bne	a1,a4,804030d8 <fs_init+0xc4>
8040305c:	4790                	lw	a2,8(a5)
8040305e:	810d                	srl	a0,a0,0x3
80403060:	06c56c63          	bltu	a0,a2,804030d8 <fs_init+0xc4>
80403064:	4b98                	lw	a4,16(a5)
80403066:	cb2d                	beqz	a4,804030d8 <fs_init+0xc4>
80403068:	4bc8                	lw	a0,20(a5)
8040306a:	00f51693          	sll	a3,a0,0xf
8040306e:	06c6e563          	bltu	a3,a2,804030d8 <fs_init+0xc4>
80403072:	4f94                	lw	a3,24(a5)
80403074:	972a                	add	a4,a4,a0
80403076:	06e6e163          	bltu	a3,a4,804030d8 <fs_init+0xc4>
8040307a:	4fc8                	lw	a0,28(a5)
8040307c:	47d8                	lw	a4,12(a5)
8040307e:	00651813          	sll	a6,a0,0x6
80403082:	04e86b63          	bltu	a6,a4,804030d8 <fs_init+0xc4>
80403086:	04e5f963          	bgeu	a1,a4,804030d8 <fs_init+0xc4>
8040308a:	539c                	lw	a5,32(a5)
8040308c:	96aa                	add	a3,a3,a0
8040308e:	04d7e563          	bltu	a5,a3,804030d8 <fs_init+0xc4>
80403092:	04f66363          	bltu	a2,a5,804030d8 <fs_init+0xc4>
80403096:	80427737          	lui	a4,0x80427
8040309a:	4505                	li	a0,1
8040309c:	04f72c23          	sw	a5,88(a4) # 80427058 <alloc_hint>
804030a0:	c85ff0ef          	jal	80402d24 <iget.part.0>
804030a4:	804277b7          	lui	a5,0x80427
804030a8:	04a7ae23          	sw	a0,92(a5) # 8042705c <root>
804030ac:	c105                	beqz	a0,804030cc <fs_init+0xb8>
804030ae:	00855703          	lhu	a4,8(a0)
804030b2:	4789                	li	a5,2
804030b4:	00f71c63          	bne	a4,a5,804030cc <fs_init+0xb8>
804030b8:	40b2                	lw	ra,12(sp)
804030ba:	4422                	lw	s0,8(sp)
804030bc:	804277b7          	lui	a5,0x80427
804030c0:	4705                	li	a4,1
804030c2:	06e7a023          	sw	a4,96(a5) # 80427060 <mounted>
804030c6:	4492                	lw	s1,4(sp)
804030c8:	0141                	add	sp,sp,16
804030ca:	8082                	ret
804030cc:	80427537          	lui	a0,0x80427
804030d0:	a3c50513          	add	a0,a0,-1476 # 80426a3c <syscalls+0xcc>
804030d4:	969fe0ef          	jal	80401a3c <panic>
804030d8:	80427537          	lui	a0,0x80427
804030dc:	a1050513          	add	a0,a0,-1520 # 80426a10 <syscalls+0xa0>
804030e0:	95dfe0ef          	jal	80401a3c <panic>

804030e4 <fs_mounted>:
804030e4:	804277b7          	lui	a5,0x80427
804030e8:	0607a503          	lw	a0,96(a5) # 80427060 <mounted>
804030ec:	8082                	ret

804030ee <fs_root>:
804030ee:	804277b7          	lui	a5,0x80427
804030f2:	05c7a503          	lw	a0,92(a5) # 8042705c <root>
804030f6:	8082                	ret

804030f8 <iupdate>:
804030f8:	1141                	add	sp,sp,-16
804030fa:	c422                	sw	s0,8(sp)
804030fc:	804b17b7          	lui	a5,0x804b1
80403100:	4100                	lw	s0,0(a0)
80403102:	0d87a783          	lw	a5,216(a5) # 804b10d8 <sb+0x18>
80403106:	c226                	sw	s1,4(sp)
80403108:	84aa                	mv	s1,a0
8040310a:	00645513          	srl	a0,s0,0x6
8040310e:	953e                	add	a0,a0,a5
80403110:	03f47413          	and	s0,s0,63
80403114:	c04a                	sw	s2,0(sp)
80403116:	c606                	sw	ra,12(sp)
80403118:	041a                	sll	s0,s0,0x6
8040311a:	2e5000ef          	jal	80403bfe <bread>
8040311e:	008507b3          	add	a5,a0,s0
80403122:	00848713          	add	a4,s1,8
80403126:	892a                	mv	s2,a0
80403128:	07e1                	add	a5,a5,24
8040312a:	04848493          	add	s1,s1,72
8040312e:	4308                	lw	a0,0(a4)
80403130:	434c                	lw	a1,4(a4)
80403132:	4710                	lw	a2,8(a4)
80403134:	4754                	lw	a3,12(a4)
80403136:	c388                	sw	a0,0(a5)
80403138:	c3cc                	sw	a1,4(a5)
8040313a:	c790                	sw	a2,8(a5)
8040313c:	c7d4                	sw	a3,12(a5)
8040313e:	0741                	add	a4,a4,16
80403140:	07c1                	add	a5,a5,16
80403142:	fe9716e3          	bne	a4,s1,8040312e <iupdate+0x36>
80403146:	854a                	mv	a0,s2
80403148:	319000ef          	jal	80403c60 <bdirty>
8040314c:	4422                	lw	s0,8(sp)
8040314e:	40b2                	lw	ra,12(sp)
80403150:	4492                	lw	s1,4(sp)
80403152:	854a                	mv	a0,s2
80403154:	4902                	lw	s2,0(sp)
80403156:	0141                	add	sp,sp,16
80403158:	30f0006f          	j	80403c66 <brelse>

8040315c <trim_blocks>:
8040315c:	7179                	add	sp,sp,-48
8040315e:	d04a                	sw	s2,32(sp)
80403160:	cc52                	sw	s4,24(sp)
80403162:	d606                	sw	ra,44(sp)
80403164:	d422                	sw	s0,40(sp)
80403166:	d226                	sw	s1,36(sp)
80403168:	ce4e                	sw	s3,28(sp)
8040316a:	ca56                	sw	s5,20(sp)
8040316c:	c85a                	sw	s6,16(sp)
8040316e:	c65e                	sw	s7,12(sp)
80403170:	47ad                	li	a5,11
80403172:	892e                	mv	s2,a1
80403174:	8a2a                	mv	s4,a0
80403176:	02b7e463          	bltu	a5,a1,8040319e <trim_blocks+0x42>
8040317a:	00259413          	sll	s0,a1,0x2
8040317e:	942a                	add	s0,s0,a0
80403180:	03050493          	add	s1,a0,48
80403184:	a021                	j	8040318c <trim_blocks+0x30>
80403186:	0411                	add	s0,s0,4
80403188:	00940b63          	beq	s0,s1,8040319e <trim_blocks+0x42>
8040318c:	4808                	lw	a0,16(s0)
8040318e:	dd65                	beqz	a0,80403186 <trim_blocks+0x2a>
80403190:	a47ff0ef          	jal	80402bd6 <bfree>
80403194:	0411                	add	s0,s0,4
80403196:	00042623          	sw	zero,12(s0)
8040319a:	fe9419e3          	bne	s0,s1,8040318c <trim_blocks+0x30>
8040319e:	040a2b83          	lw	s7,64(s4)
804031a2:	020b9263          	bnez	s7,804031c6 <trim_blocks+0x6a>
804031a6:	044a2b83          	lw	s7,68(s4)
804031aa:	060b9d63          	bnez	s7,80403224 <trim_blocks+0xc8>
804031ae:	5422                	lw	s0,40(sp)
804031b0:	50b2                	lw	ra,44(sp)
804031b2:	5492                	lw	s1,36(sp)
804031b4:	5902                	lw	s2,32(sp)
804031b6:	49f2                	lw	s3,28(sp)
804031b8:	4ad2                	lw	s5,20(sp)
804031ba:	4b42                	lw	s6,16(sp)
804031bc:	4bb2                	lw	s7,12(sp)
804031be:	8552                	mv	a0,s4
804031c0:	4a62                	lw	s4,24(sp)
804031c2:	6145                	add	sp,sp,48
804031c4:	bf15                	j	804030f8 <iupdate>
804031c6:	855e                	mv	a0,s7
804031c8:	237000ef          	jal	80403bfe <bread>
804031cc:	8b2a                	mv	s6,a0
804031ce:	01850493          	add	s1,a0,24
804031d2:	4431                	li	s0,12
804031d4:	40c00a93          	li	s5,1036
804031d8:	a029                	j	804031e2 <trim_blocks+0x86>
804031da:	0491                	add	s1,s1,4
804031dc:	844e                	mv	s0,s3
804031de:	03598563          	beq	s3,s5,80403208 <trim_blocks+0xac>
804031e2:	4088                	lw	a0,0(s1)
804031e4:	00140993          	add	s3,s0,1
804031e8:	d96d                	beqz	a0,804031da <trim_blocks+0x7e>
804031ea:	ff3978e3          	bgeu	s2,s3,804031da <trim_blocks+0x7e>
804031ee:	9e9ff0ef          	jal	80402bd6 <bfree>
804031f2:	ff2464e3          	bltu	s0,s2,804031da <trim_blocks+0x7e>
804031f6:	0004a023          	sw	zero,0(s1)
804031fa:	855a                	mv	a0,s6
804031fc:	265000ef          	jal	80403c60 <bdirty>
80403200:	0491                	add	s1,s1,4
80403202:	844e                	mv	s0,s3
80403204:	fd599fe3          	bne	s3,s5,804031e2 <trim_blocks+0x86>
80403208:	855a                	mv	a0,s6
8040320a:	25d000ef          	jal	80403c66 <brelse>
8040320e:	47b1                	li	a5,12
80403210:	0727fc63          	bgeu	a5,s2,80403288 <trim_blocks+0x12c>
80403214:	040a2783          	lw	a5,64(s4)
80403218:	04fa2023          	sw	a5,64(s4)
8040321c:	044a2b83          	lw	s7,68(s4)
80403220:	f80b87e3          	beqz	s7,804031ae <trim_blocks+0x52>
80403224:	855e                	mv	a0,s7
80403226:	6a85                	lui	s5,0x1
80403228:	1d7000ef          	jal	80403bfe <bread>
8040322c:	0ae1                	add	s5,s5,24 # 1018 <_entry-0x803fefe8>
8040322e:	8b2a                	mv	s6,a0
80403230:	01850413          	add	s0,a0,24
80403234:	9aaa                	add	s5,s5,a0
80403236:	40c00493          	li	s1,1036
8040323a:	a029                	j	80403244 <trim_blocks+0xe8>
8040323c:	0411                	add	s0,s0,4
8040323e:	84ce                	mv	s1,s3
80403240:	03540863          	beq	s0,s5,80403270 <trim_blocks+0x114>
80403244:	4008                	lw	a0,0(s0)
80403246:	40048993          	add	s3,s1,1024
8040324a:	85a6                	mv	a1,s1
8040324c:	86ca                	mv	a3,s2
8040324e:	4605                	li	a2,1
80403250:	d575                	beqz	a0,8040323c <trim_blocks+0xe0>
80403252:	ff3975e3          	bgeu	s2,s3,8040323c <trim_blocks+0xe0>
80403256:	a0fff0ef          	jal	80402c64 <trim_indirect>
8040325a:	ff24e1e3          	bltu	s1,s2,8040323c <trim_blocks+0xe0>
8040325e:	00042023          	sw	zero,0(s0)
80403262:	855a                	mv	a0,s6
80403264:	0411                	add	s0,s0,4
80403266:	1fb000ef          	jal	80403c60 <bdirty>
8040326a:	84ce                	mv	s1,s3
8040326c:	fd541ce3          	bne	s0,s5,80403244 <trim_blocks+0xe8>
80403270:	855a                	mv	a0,s6
80403272:	1f5000ef          	jal	80403c66 <brelse>
80403276:	40c00793          	li	a5,1036
8040327a:	0127fe63          	bgeu	a5,s2,80403296 <trim_blocks+0x13a>
8040327e:	044a2783          	lw	a5,68(s4)
80403282:	04fa2223          	sw	a5,68(s4)
80403286:	b725                	j	804031ae <trim_blocks+0x52>
80403288:	855e                	mv	a0,s7
8040328a:	94dff0ef          	jal	80402bd6 <bfree>
8040328e:	4781                	li	a5,0
80403290:	04fa2023          	sw	a5,64(s4)
80403294:	b761                	j	8040321c <trim_blocks+0xc0>
80403296:	855e                	mv	a0,s7
80403298:	93fff0ef          	jal	80402bd6 <bfree>
8040329c:	4781                	li	a5,0
8040329e:	04fa2223          	sw	a5,68(s4)
804032a2:	b731                	j	804031ae <trim_blocks+0x52>

804032a4 <inum_valid>:
804032a4:	c901                	beqz	a0,804032b4 <inum_valid+0x10>
804032a6:	804b17b7          	lui	a5,0x804b1
804032aa:	0cc7a783          	lw	a5,204(a5) # 804b10cc <sb+0xc>
804032ae:	00f53533          	sltu	a0,a0,a5
804032b2:	8082                	ret
804032b4:	4501                	li	a0,0
804032b6:	8082                	ret

804032b8 <iget>:
804032b8:	85aa                	mv	a1,a0
804032ba:	c909                	beqz	a0,804032cc <iget+0x14>
804032bc:	804b17b7          	lui	a5,0x804b1
804032c0:	0cc7a783          	lw	a5,204(a5) # 804b10cc <sb+0xc>
804032c4:	00f57463          	bgeu	a0,a5,804032cc <iget+0x14>
804032c8:	a5dff06f          	j	80402d24 <iget.part.0>
804032cc:	80427537          	lui	a0,0x80427
804032d0:	1141                	add	sp,sp,-16
804032d2:	a6450513          	add	a0,a0,-1436 # 80426a64 <syscalls+0xf4>
804032d6:	c606                	sw	ra,12(sp)
804032d8:	f64fe0ef          	jal	80401a3c <panic>

804032dc <istat>:
804032dc:	1141                	add	sp,sp,-16
804032de:	804b07b7          	lui	a5,0x804b0
804032e2:	c422                	sw	s0,8(sp)
804032e4:	c226                	sw	s1,4(sp)
804032e6:	c04a                	sw	s2,0(sp)
804032e8:	84b2                	mv	s1,a2
804032ea:	c606                	sw	ra,12(sp)
804032ec:	ec078613          	add	a2,a5,-320 # 804afec0 <inodes>
804032f0:	842a                	mv	s0,a0
804032f2:	892e                	mv	s2,a1
804032f4:	ec078793          	add	a5,a5,-320
804032f8:	4701                	li	a4,0
804032fa:	04000813          	li	a6,64
804032fe:	a031                	j	8040330a <istat+0x2e>
80403300:	0705                	add	a4,a4,1
80403302:	04878793          	add	a5,a5,72
80403306:	03070963          	beq	a4,a6,80403338 <istat+0x5c>
8040330a:	43d4                	lw	a3,4(a5)
8040330c:	fed05ae3          	blez	a3,80403300 <istat+0x24>
80403310:	4394                	lw	a3,0(a5)
80403312:	fe8697e3          	bne	a3,s0,80403300 <istat+0x24>
80403316:	00371793          	sll	a5,a4,0x3
8040331a:	97ba                	add	a5,a5,a4
8040331c:	078e                	sll	a5,a5,0x3
8040331e:	97b2                	add	a5,a5,a2
80403320:	0087d703          	lhu	a4,8(a5)
80403324:	47dc                	lw	a5,12(a5)
80403326:	40b2                	lw	ra,12(sp)
80403328:	4422                	lw	s0,8(sp)
8040332a:	00e91023          	sh	a4,0(s2)
8040332e:	c09c                	sw	a5,0(s1)
80403330:	4902                	lw	s2,0(sp)
80403332:	4492                	lw	s1,4(sp)
80403334:	0141                	add	sp,sp,16
80403336:	8082                	ret
80403338:	804b17b7          	lui	a5,0x804b1
8040333c:	0d87a783          	lw	a5,216(a5) # 804b10d8 <sb+0x18>
80403340:	00645513          	srl	a0,s0,0x6
80403344:	03f47413          	and	s0,s0,63
80403348:	953e                	add	a0,a0,a5
8040334a:	0b5000ef          	jal	80403bfe <bread>
8040334e:	041a                	sll	s0,s0,0x6
80403350:	01850793          	add	a5,a0,24
80403354:	97a2                	add	a5,a5,s0
80403356:	0007d703          	lhu	a4,0(a5)
8040335a:	43dc                	lw	a5,4(a5)
8040335c:	4422                	lw	s0,8(sp)
8040335e:	00e91023          	sh	a4,0(s2)
80403362:	40b2                	lw	ra,12(sp)
80403364:	4902                	lw	s2,0(sp)
80403366:	c09c                	sw	a5,0(s1)
80403368:	4492                	lw	s1,4(sp)
8040336a:	0141                	add	sp,sp,16
8040336c:	0fb0006f          	j	80403c66 <brelse>

80403370 <ialloc>:
80403370:	7179                	add	sp,sp,-48
80403372:	d226                	sw	s1,36(sp)
80403374:	804b14b7          	lui	s1,0x804b1
80403378:	0c048493          	add	s1,s1,192 # 804b10c0 <sb>
8040337c:	44dc                	lw	a5,12(s1)
8040337e:	d422                	sw	s0,40(sp)
80403380:	d04a                	sw	s2,32(sp)
80403382:	ce4e                	sw	s3,28(sp)
80403384:	d606                	sw	ra,44(sp)
80403386:	4409                	li	s0,2
80403388:	89aa                	mv	s3,a0
8040338a:	892e                	mv	s2,a1
8040338c:	00f47e63          	bgeu	s0,a5,804033a8 <ialloc+0x38>
80403390:	0070                	add	a2,sp,12
80403392:	00a10593          	add	a1,sp,10
80403396:	8522                	mv	a0,s0
80403398:	3791                	jal	804032dc <istat>
8040339a:	00a15783          	lhu	a5,10(sp)
8040339e:	cf89                	beqz	a5,804033b8 <ialloc+0x48>
804033a0:	44dc                	lw	a5,12(s1)
804033a2:	0405                	add	s0,s0,1
804033a4:	fef466e3          	bltu	s0,a5,80403390 <ialloc+0x20>
804033a8:	5511                	li	a0,-28
804033aa:	50b2                	lw	ra,44(sp)
804033ac:	5422                	lw	s0,40(sp)
804033ae:	5492                	lw	s1,36(sp)
804033b0:	5902                	lw	s2,32(sp)
804033b2:	49f2                	lw	s3,28(sp)
804033b4:	6145                	add	sp,sp,48
804033b6:	8082                	ret
804033b8:	44dc                	lw	a5,12(s1)
804033ba:	04f47163          	bgeu	s0,a5,804033fc <ialloc+0x8c>
804033be:	8522                	mv	a0,s0
804033c0:	965ff0ef          	jal	80402d24 <iget.part.0>
804033c4:	842a                	mv	s0,a0
804033c6:	5521                	li	a0,-24
804033c8:	d06d                	beqz	s0,804033aa <ialloc+0x3a>
804033ca:	04000613          	li	a2,64
804033ce:	4581                	li	a1,0
804033d0:	00840513          	add	a0,s0,8
804033d4:	e9efe0ef          	jal	80401a72 <memset>
804033d8:	4785                	li	a5,1
804033da:	01341423          	sh	s3,8(s0)
804033de:	8522                	mv	a0,s0
804033e0:	00f41523          	sh	a5,10(s0)
804033e4:	d15ff0ef          	jal	804030f8 <iupdate>
804033e8:	50b2                	lw	ra,44(sp)
804033ea:	00892023          	sw	s0,0(s2)
804033ee:	5422                	lw	s0,40(sp)
804033f0:	5492                	lw	s1,36(sp)
804033f2:	5902                	lw	s2,32(sp)
804033f4:	49f2                	lw	s3,28(sp)
804033f6:	4501                	li	a0,0
804033f8:	6145                	add	sp,sp,48
804033fa:	8082                	ret
804033fc:	80427537          	lui	a0,0x80427
80403400:	85a2                	mv	a1,s0
80403402:	a6450513          	add	a0,a0,-1436 # 80426a64 <syscalls+0xf4>
80403406:	e36fe0ef          	jal	80401a3c <panic>

8040340a <iput>:
8040340a:	415c                	lw	a5,4(a0)
8040340c:	1141                	add	sp,sp,-16
8040340e:	c422                	sw	s0,8(sp)
80403410:	c606                	sw	ra,12(sp)
80403412:	842a                	mv	s0,a0
80403414:	04f05463          	blez	a5,8040345c <iput+0x52>
80403418:	4705                	li	a4,1
8040341a:	00e78863          	beq	a5,a4,8040342a <iput+0x20>
8040341e:	17fd                	add	a5,a5,-1
80403420:	40b2                	lw	ra,12(sp)
80403422:	c05c                	sw	a5,4(s0)
80403424:	4422                	lw	s0,8(sp)
80403426:	0141                	add	sp,sp,16
80403428:	8082                	ret
8040342a:	00a55703          	lhu	a4,10(a0)
8040342e:	fb65                	bnez	a4,8040341e <iput+0x14>
80403430:	4581                	li	a1,0
80403432:	00052623          	sw	zero,12(a0)
80403436:	d27ff0ef          	jal	8040315c <trim_blocks>
8040343a:	04000613          	li	a2,64
8040343e:	4581                	li	a1,0
80403440:	00840513          	add	a0,s0,8
80403444:	e2efe0ef          	jal	80401a72 <memset>
80403448:	8522                	mv	a0,s0
8040344a:	cafff0ef          	jal	804030f8 <iupdate>
8040344e:	405c                	lw	a5,4(s0)
80403450:	40b2                	lw	ra,12(sp)
80403452:	17fd                	add	a5,a5,-1
80403454:	c05c                	sw	a5,4(s0)
80403456:	4422                	lw	s0,8(sp)
80403458:	0141                	add	sp,sp,16
8040345a:	8082                	ret
8040345c:	410c                	lw	a1,0(a0)
8040345e:	80427537          	lui	a0,0x80427
80403462:	a8050513          	add	a0,a0,-1408 # 80426a80 <syscalls+0x110>
80403466:	dd6fe0ef          	jal	80401a3c <panic>

8040346a <itrunc>:
8040346a:	1101                	add	sp,sp,-32
8040346c:	cc22                	sw	s0,24(sp)
8040346e:	ca26                	sw	s1,20(sp)
80403470:	c64e                	sw	s3,12(sp)
80403472:	ce06                	sw	ra,28(sp)
80403474:	c84a                	sw	s2,16(sp)
80403476:	c452                	sw	s4,8(sp)
80403478:	c256                	sw	s5,4(sp)
8040347a:	89aa                	mv	s3,a0
8040347c:	00052623          	sw	zero,12(a0)
80403480:	01050413          	add	s0,a0,16
80403484:	04050493          	add	s1,a0,64
80403488:	a021                	j	80403490 <itrunc+0x26>
8040348a:	0411                	add	s0,s0,4
8040348c:	00940b63          	beq	s0,s1,804034a2 <itrunc+0x38>
80403490:	4008                	lw	a0,0(s0)
80403492:	dd65                	beqz	a0,8040348a <itrunc+0x20>
80403494:	f42ff0ef          	jal	80402bd6 <bfree>
80403498:	0411                	add	s0,s0,4
8040349a:	fe042e23          	sw	zero,-4(s0)
8040349e:	fe9419e3          	bne	s0,s1,80403490 <itrunc+0x26>
804034a2:	0409aa03          	lw	s4,64(s3)
804034a6:	020a1163          	bnez	s4,804034c8 <itrunc+0x5e>
804034aa:	0449aa83          	lw	s5,68(s3)
804034ae:	040a9e63          	bnez	s5,8040350a <itrunc+0xa0>
804034b2:	4462                	lw	s0,24(sp)
804034b4:	40f2                	lw	ra,28(sp)
804034b6:	44d2                	lw	s1,20(sp)
804034b8:	4942                	lw	s2,16(sp)
804034ba:	4a22                	lw	s4,8(sp)
804034bc:	4a92                	lw	s5,4(sp)
804034be:	854e                	mv	a0,s3
804034c0:	49b2                	lw	s3,12(sp)
804034c2:	6105                	add	sp,sp,32
804034c4:	c35ff06f          	j	804030f8 <iupdate>
804034c8:	8552                	mv	a0,s4
804034ca:	6485                	lui	s1,0x1
804034cc:	732000ef          	jal	80403bfe <bread>
804034d0:	04e1                	add	s1,s1,24 # 1018 <_entry-0x803fefe8>
804034d2:	892a                	mv	s2,a0
804034d4:	01850413          	add	s0,a0,24
804034d8:	94aa                	add	s1,s1,a0
804034da:	4008                	lw	a0,0(s0)
804034dc:	c901                	beqz	a0,804034ec <itrunc+0x82>
804034de:	ef8ff0ef          	jal	80402bd6 <bfree>
804034e2:	854a                	mv	a0,s2
804034e4:	00042023          	sw	zero,0(s0)
804034e8:	778000ef          	jal	80403c60 <bdirty>
804034ec:	0411                	add	s0,s0,4
804034ee:	fe9416e3          	bne	s0,s1,804034da <itrunc+0x70>
804034f2:	854a                	mv	a0,s2
804034f4:	772000ef          	jal	80403c66 <brelse>
804034f8:	8552                	mv	a0,s4
804034fa:	edcff0ef          	jal	80402bd6 <bfree>
804034fe:	0449aa83          	lw	s5,68(s3)
80403502:	0409a023          	sw	zero,64(s3)
80403506:	fa0a86e3          	beqz	s5,804034b2 <itrunc+0x48>
8040350a:	8556                	mv	a0,s5
8040350c:	6905                	lui	s2,0x1
8040350e:	6f0000ef          	jal	80403bfe <bread>
80403512:	0961                	add	s2,s2,24 # 1018 <_entry-0x803fefe8>
80403514:	8a2a                	mv	s4,a0
80403516:	01850413          	add	s0,a0,24
8040351a:	992a                	add	s2,s2,a0
8040351c:	40c00493          	li	s1,1036
80403520:	4008                	lw	a0,0(s0)
80403522:	85a6                	mv	a1,s1
80403524:	4681                	li	a3,0
80403526:	4605                	li	a2,1
80403528:	c901                	beqz	a0,80403538 <itrunc+0xce>
8040352a:	f3aff0ef          	jal	80402c64 <trim_indirect>
8040352e:	8552                	mv	a0,s4
80403530:	00042023          	sw	zero,0(s0)
80403534:	72c000ef          	jal	80403c60 <bdirty>
80403538:	0411                	add	s0,s0,4
8040353a:	40048493          	add	s1,s1,1024
8040353e:	ff2411e3          	bne	s0,s2,80403520 <itrunc+0xb6>
80403542:	8552                	mv	a0,s4
80403544:	722000ef          	jal	80403c66 <brelse>
80403548:	8556                	mv	a0,s5
8040354a:	e8cff0ef          	jal	80402bd6 <bfree>
8040354e:	0409a223          	sw	zero,68(s3)
80403552:	b785                	j	804034b2 <itrunc+0x48>

80403554 <readi>:
80403554:	715d                	add	sp,sp,-80
80403556:	de4e                	sw	s3,60(sp)
80403558:	00c52983          	lw	s3,12(a0)
8040355c:	c0ca                	sw	s2,64(sp)
8040355e:	c686                	sw	ra,76(sp)
80403560:	c4a2                	sw	s0,72(sp)
80403562:	c2a6                	sw	s1,68(sp)
80403564:	dc52                	sw	s4,56(sp)
80403566:	da56                	sw	s5,52(sp)
80403568:	d85a                	sw	s6,48(sp)
8040356a:	d65e                	sw	s7,44(sp)
8040356c:	d462                	sw	s8,40(sp)
8040356e:	d266                	sw	s9,36(sp)
80403570:	d06a                	sw	s10,32(sp)
80403572:	ce6e                	sw	s11,28(sp)
80403574:	c62e                	sw	a1,12(sp)
80403576:	4901                	li	s2,0
80403578:	0736f263          	bgeu	a3,s3,804035dc <readi+0x88>
8040357c:	40d989b3          	sub	s3,s3,a3
80403580:	8aaa                	mv	s5,a0
80403582:	8a36                	mv	s4,a3
80403584:	8b32                	mv	s6,a2
80403586:	09376d63          	bltu	a4,s3,80403620 <readi+0xcc>
8040358a:	4401                	li	s0,0
8040358c:	04098763          	beqz	s3,804035da <readi+0x86>
80403590:	6c05                	lui	s8,0x1
80403592:	fffc0d13          	add	s10,s8,-1 # fff <_entry-0x803ff001>
80403596:	804afcb7          	lui	s9,0x804af
8040359a:	008a05b3          	add	a1,s4,s0
8040359e:	01a5f933          	and	s2,a1,s10
804035a2:	408984b3          	sub	s1,s3,s0
804035a6:	412c07b3          	sub	a5,s8,s2
804035aa:	81b1                	srl	a1,a1,0xc
804035ac:	4601                	li	a2,0
804035ae:	8556                	mv	a0,s5
804035b0:	0097f363          	bgeu	a5,s1,804035b6 <readi+0x62>
804035b4:	84be                	mv	s1,a5
804035b6:	90bff0ef          	jal	80402ec0 <bmap>
804035ba:	008b0db3          	add	s11,s6,s0
804035be:	86a6                	mv	a3,s1
804035c0:	ec0c8613          	add	a2,s9,-320 # 804aeec0 <zero_block>
804035c4:	85ee                	mv	a1,s11
804035c6:	e91d                	bnez	a0,804035fc <readi+0xa8>
804035c8:	4532                	lw	a0,12(sp)
804035ca:	af5fd0ef          	jal	804010be <either_copyout>
804035ce:	892a                	mv	s2,a0
804035d0:	04094563          	bltz	s2,8040361a <readi+0xc6>
804035d4:	9426                	add	s0,s0,s1
804035d6:	fd3462e3          	bltu	s0,s3,8040359a <readi+0x46>
804035da:	894e                	mv	s2,s3
804035dc:	40b6                	lw	ra,76(sp)
804035de:	4426                	lw	s0,72(sp)
804035e0:	4496                	lw	s1,68(sp)
804035e2:	59f2                	lw	s3,60(sp)
804035e4:	5a62                	lw	s4,56(sp)
804035e6:	5ad2                	lw	s5,52(sp)
804035e8:	5b42                	lw	s6,48(sp)
804035ea:	5bb2                	lw	s7,44(sp)
804035ec:	5c22                	lw	s8,40(sp)
804035ee:	5c92                	lw	s9,36(sp)
804035f0:	5d02                	lw	s10,32(sp)
804035f2:	4df2                	lw	s11,28(sp)
804035f4:	854a                	mv	a0,s2
804035f6:	4906                	lw	s2,64(sp)
804035f8:	6161                	add	sp,sp,80
804035fa:	8082                	ret
804035fc:	2509                	jal	80403bfe <bread>
804035fe:	8baa                	mv	s7,a0
80403600:	01850613          	add	a2,a0,24
80403604:	4532                	lw	a0,12(sp)
80403606:	964a                	add	a2,a2,s2
80403608:	86a6                	mv	a3,s1
8040360a:	85ee                	mv	a1,s11
8040360c:	ab3fd0ef          	jal	804010be <either_copyout>
80403610:	892a                	mv	s2,a0
80403612:	855e                	mv	a0,s7
80403614:	2d89                	jal	80403c66 <brelse>
80403616:	fa095fe3          	bgez	s2,804035d4 <readi+0x80>
8040361a:	d069                	beqz	s0,804035dc <readi+0x88>
8040361c:	8922                	mv	s2,s0
8040361e:	bf7d                	j	804035dc <readi+0x88>
80403620:	89ba                	mv	s3,a4
80403622:	b7a5                	j	8040358a <readi+0x36>

80403624 <writei>:
80403624:	7139                	add	sp,sp,-64
80403626:	de06                	sw	ra,60(sp)
80403628:	dc22                	sw	s0,56(sp)
8040362a:	da26                	sw	s1,52(sp)
8040362c:	d84a                	sw	s2,48(sp)
8040362e:	d64e                	sw	s3,44(sp)
80403630:	d452                	sw	s4,40(sp)
80403632:	d256                	sw	s5,36(sp)
80403634:	d05a                	sw	s6,32(sp)
80403636:	ce5e                	sw	s7,28(sp)
80403638:	cc62                	sw	s8,24(sp)
8040363a:	ca66                	sw	s9,20(sp)
8040363c:	c86a                	sw	s10,16(sp)
8040363e:	c66e                	sw	s11,12(sp)
80403640:	1406c063          	bltz	a3,80403780 <writei+0x15c>
80403644:	800007b7          	lui	a5,0x80000
80403648:	fff7c793          	not	a5,a5
8040364c:	8f95                	sub	a5,a5,a3
8040364e:	8b36                	mv	s6,a3
80403650:	8aba                	mv	s5,a4
80403652:	12e7e763          	bltu	a5,a4,80403780 <writei+0x15c>
80403656:	8c2e                	mv	s8,a1
80403658:	454c                	lw	a1,12(a0)
8040365a:	8baa                	mv	s7,a0
8040365c:	8cb2                	mv	s9,a2
8040365e:	0ad5e163          	bltu	a1,a3,80403700 <writei+0xdc>
80403662:	12070163          	beqz	a4,80403784 <writei+0x160>
80403666:	6d05                	lui	s10,0x1
80403668:	4401                	li	s0,0
8040366a:	fffd0d93          	add	s11,s10,-1 # fff <_entry-0x803ff001>
8040366e:	a035                	j	8040369a <writei+0x76>
80403670:	2379                	jal	80403bfe <bread>
80403672:	01850593          	add	a1,a0,24
80403676:	84aa                	mv	s1,a0
80403678:	95ce                	add	a1,a1,s3
8040367a:	008c8633          	add	a2,s9,s0
8040367e:	86ca                	mv	a3,s2
80403680:	8562                	mv	a0,s8
80403682:	9fbfd0ef          	jal	8040107c <either_copyin>
80403686:	89aa                	mv	s3,a0
80403688:	8526                	mv	a0,s1
8040368a:	2bd9                	jal	80403c60 <bdirty>
8040368c:	8526                	mv	a0,s1
8040368e:	2be1                	jal	80403c66 <brelse>
80403690:	0209c863          	bltz	s3,804036c0 <writei+0x9c>
80403694:	944a                	add	s0,s0,s2
80403696:	09547263          	bgeu	s0,s5,8040371a <writei+0xf6>
8040369a:	008b0a33          	add	s4,s6,s0
8040369e:	01ba79b3          	and	s3,s4,s11
804036a2:	408a8933          	sub	s2,s5,s0
804036a6:	413d07b3          	sub	a5,s10,s3
804036aa:	4605                	li	a2,1
804036ac:	00ca5593          	srl	a1,s4,0xc
804036b0:	855e                	mv	a0,s7
804036b2:	0127f363          	bgeu	a5,s2,804036b8 <writei+0x94>
804036b6:	893e                	mv	s2,a5
804036b8:	809ff0ef          	jal	80402ec0 <bmap>
804036bc:	f955                	bnez	a0,80403670 <writei+0x4c>
804036be:	5991                	li	s3,-28
804036c0:	00cba583          	lw	a1,12(s7) # 100c <_entry-0x803feff4>
804036c4:	0145f563          	bgeu	a1,s4,804036ce <writei+0xaa>
804036c8:	014ba623          	sw	s4,12(s7)
804036cc:	85d2                	mv	a1,s4
804036ce:	6785                	lui	a5,0x1
804036d0:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
804036d2:	95be                	add	a1,a1,a5
804036d4:	81b1                	srl	a1,a1,0xc
804036d6:	855e                	mv	a0,s7
804036d8:	a85ff0ef          	jal	8040315c <trim_blocks>
804036dc:	c011                	beqz	s0,804036e0 <writei+0xbc>
804036de:	89a2                	mv	s3,s0
804036e0:	50f2                	lw	ra,60(sp)
804036e2:	5462                	lw	s0,56(sp)
804036e4:	54d2                	lw	s1,52(sp)
804036e6:	5942                	lw	s2,48(sp)
804036e8:	5a22                	lw	s4,40(sp)
804036ea:	5a92                	lw	s5,36(sp)
804036ec:	5b02                	lw	s6,32(sp)
804036ee:	4bf2                	lw	s7,28(sp)
804036f0:	4c62                	lw	s8,24(sp)
804036f2:	4cd2                	lw	s9,20(sp)
804036f4:	4d42                	lw	s10,16(sp)
804036f6:	4db2                	lw	s11,12(sp)
804036f8:	854e                	mv	a0,s3
804036fa:	59b2                	lw	s3,44(sp)
804036fc:	6121                	add	sp,sp,64
804036fe:	8082                	ret
80403700:	6485                	lui	s1,0x1
80403702:	fff48413          	add	s0,s1,-1 # fff <_entry-0x803ff001>
80403706:	8c6d                	and	s0,s0,a1
80403708:	e815                	bnez	s0,8040373c <writei+0x118>
8040370a:	ff31                	bnez	a4,80403666 <writei+0x42>
8040370c:	00dba623          	sw	a3,12(s7)
80403710:	9e9ff0ef          	jal	804030f8 <iupdate>
80403714:	4401                	li	s0,0
80403716:	89a2                	mv	s3,s0
80403718:	b7e1                	j	804036e0 <writei+0xbc>
8040371a:	00cba783          	lw	a5,12(s7)
8040371e:	9b22                	add	s6,s6,s0
80403720:	0167f963          	bgeu	a5,s6,80403732 <writei+0x10e>
80403724:	016ba623          	sw	s6,12(s7)
80403728:	855e                	mv	a0,s7
8040372a:	9cfff0ef          	jal	804030f8 <iupdate>
8040372e:	89a2                	mv	s3,s0
80403730:	bf45                	j	804036e0 <writei+0xbc>
80403732:	855e                	mv	a0,s7
80403734:	9c5ff0ef          	jal	804030f8 <iupdate>
80403738:	89a2                	mv	s3,s0
8040373a:	b75d                	j	804036e0 <writei+0xbc>
8040373c:	4601                	li	a2,0
8040373e:	81b1                	srl	a1,a1,0xc
80403740:	f80ff0ef          	jal	80402ec0 <bmap>
80403744:	ed11                	bnez	a0,80403760 <writei+0x13c>
80403746:	f20a90e3          	bnez	s5,80403666 <writei+0x42>
8040374a:	00cba783          	lw	a5,12(s7)
8040374e:	0367fb63          	bgeu	a5,s6,80403784 <writei+0x160>
80403752:	016ba623          	sw	s6,12(s7)
80403756:	855e                	mv	a0,s7
80403758:	9a1ff0ef          	jal	804030f8 <iupdate>
8040375c:	4401                	li	s0,0
8040375e:	bf65                	j	80403716 <writei+0xf2>
80403760:	2979                	jal	80403bfe <bread>
80403762:	892a                	mv	s2,a0
80403764:	0561                	add	a0,a0,24
80403766:	40848633          	sub	a2,s1,s0
8040376a:	4581                	li	a1,0
8040376c:	9522                	add	a0,a0,s0
8040376e:	b04fe0ef          	jal	80401a72 <memset>
80403772:	854a                	mv	a0,s2
80403774:	21f5                	jal	80403c60 <bdirty>
80403776:	854a                	mv	a0,s2
80403778:	21fd                	jal	80403c66 <brelse>
8040377a:	ee0a96e3          	bnez	s5,80403666 <writei+0x42>
8040377e:	b7f1                	j	8040374a <writei+0x126>
80403780:	5995                	li	s3,-27
80403782:	bfb9                	j	804036e0 <writei+0xbc>
80403784:	855e                	mv	a0,s7
80403786:	973ff0ef          	jal	804030f8 <iupdate>
8040378a:	4401                	li	s0,0
8040378c:	b769                	j	80403716 <writei+0xf2>

8040378e <path_name>:
8040378e:	00054783          	lbu	a5,0(a0)
80403792:	02f00713          	li	a4,47
80403796:	00e79763          	bne	a5,a4,804037a4 <path_name+0x16>
8040379a:	00154783          	lbu	a5,1(a0)
8040379e:	0505                	add	a0,a0,1
804037a0:	fee78de3          	beq	a5,a4,8040379a <path_name+0xc>
804037a4:	cf95                	beqz	a5,804037e0 <path_name+0x52>
804037a6:	4701                	li	a4,0
804037a8:	02f00613          	li	a2,47
804037ac:	486d                	li	a6,27
804037ae:	a819                	j	804037c4 <path_name+0x36>
804037b0:	03070063          	beq	a4,a6,804037d0 <path_name+0x42>
804037b4:	0705                	add	a4,a4,1
804037b6:	00f68023          	sb	a5,0(a3)
804037ba:	00e507b3          	add	a5,a0,a4
804037be:	0007c783          	lbu	a5,0(a5)
804037c2:	cb91                	beqz	a5,804037d6 <path_name+0x48>
804037c4:	00e586b3          	add	a3,a1,a4
804037c8:	fec794e3          	bne	a5,a2,804037b0 <path_name+0x22>
804037cc:	5579                	li	a0,-2
804037ce:	8082                	ret
804037d0:	fdc00513          	li	a0,-36
804037d4:	8082                	ret
804037d6:	95ba                	add	a1,a1,a4
804037d8:	00058023          	sb	zero,0(a1)
804037dc:	4501                	li	a0,0
804037de:	8082                	ret
804037e0:	00058023          	sb	zero,0(a1)
804037e4:	b7e5                	j	804037cc <path_name+0x3e>

804037e6 <dir_lookup>:
804037e6:	4558                	lw	a4,12(a0)
804037e8:	47fd                	li	a5,31
804037ea:	06e7fc63          	bgeu	a5,a4,80403862 <dir_lookup+0x7c>
804037ee:	7139                	add	sp,sp,-64
804037f0:	dc22                	sw	s0,56(sp)
804037f2:	da26                	sw	s1,52(sp)
804037f4:	d84a                	sw	s2,48(sp)
804037f6:	d64e                	sw	s3,44(sp)
804037f8:	de06                	sw	ra,60(sp)
804037fa:	84aa                	mv	s1,a0
804037fc:	892e                	mv	s2,a1
804037fe:	89b2                	mv	s3,a2
80403800:	4401                	li	s0,0
80403802:	a801                	j	80403812 <dir_lookup+0x2c>
80403804:	44d8                	lw	a4,12(s1)
80403806:	04040793          	add	a5,s0,64
8040380a:	02040413          	add	s0,s0,32
8040380e:	04f76263          	bltu	a4,a5,80403852 <dir_lookup+0x6c>
80403812:	02000713          	li	a4,32
80403816:	86a2                	mv	a3,s0
80403818:	860a                	mv	a2,sp
8040381a:	4581                	li	a1,0
8040381c:	8526                	mv	a0,s1
8040381e:	d37ff0ef          	jal	80403554 <readi>
80403822:	02000793          	li	a5,32
80403826:	04f51063          	bne	a0,a5,80403866 <dir_lookup+0x80>
8040382a:	4502                	lw	a0,0(sp)
8040382c:	a79ff0ef          	jal	804032a4 <inum_valid>
80403830:	d971                	beqz	a0,80403804 <dir_lookup+0x1e>
80403832:	4671                	li	a2,28
80403834:	85ca                	mv	a1,s2
80403836:	0048                	add	a0,sp,4
80403838:	af6fe0ef          	jal	80401b2e <strncmp>
8040383c:	f561                	bnez	a0,80403804 <dir_lookup+0x1e>
8040383e:	0089a023          	sw	s0,0(s3)
80403842:	50f2                	lw	ra,60(sp)
80403844:	5462                	lw	s0,56(sp)
80403846:	4502                	lw	a0,0(sp)
80403848:	54d2                	lw	s1,52(sp)
8040384a:	5942                	lw	s2,48(sp)
8040384c:	59b2                	lw	s3,44(sp)
8040384e:	6121                	add	sp,sp,64
80403850:	8082                	ret
80403852:	50f2                	lw	ra,60(sp)
80403854:	5462                	lw	s0,56(sp)
80403856:	54d2                	lw	s1,52(sp)
80403858:	5942                	lw	s2,48(sp)
8040385a:	59b2                	lw	s3,44(sp)
8040385c:	4501                	li	a0,0
8040385e:	6121                	add	sp,sp,64
80403860:	8082                	ret
80403862:	4501                	li	a0,0
80403864:	8082                	ret
80403866:	80427537          	lui	a0,0x80427
8040386a:	a9850513          	add	a0,a0,-1384 # 80426a98 <syscalls+0x128>
8040386e:	9cefe0ef          	jal	80401a3c <panic>

80403872 <fs_open>:
80403872:	7159                	add	sp,sp,-112
80403874:	d0ca                	sw	s2,96(sp)
80403876:	892e                	mv	s2,a1
80403878:	084c                	add	a1,sp,20
8040387a:	d2a6                	sw	s1,100(sp)
8040387c:	d686                	sw	ra,108(sp)
8040387e:	d4a2                	sw	s0,104(sp)
80403880:	cece                	sw	s3,92(sp)
80403882:	ccd2                	sw	s4,88(sp)
80403884:	cad6                	sw	s5,84(sp)
80403886:	84b2                	mv	s1,a2
80403888:	3719                	jal	8040378e <path_name>
8040388a:	00054663          	bltz	a0,80403896 <fs_open+0x24>
8040388e:	857ff0ef          	jal	804030e4 <fs_mounted>
80403892:	e919                	bnez	a0,804038a8 <fs_open+0x36>
80403894:	5579                	li	a0,-2
80403896:	50b6                	lw	ra,108(sp)
80403898:	5426                	lw	s0,104(sp)
8040389a:	5496                	lw	s1,100(sp)
8040389c:	5906                	lw	s2,96(sp)
8040389e:	49f6                	lw	s3,92(sp)
804038a0:	4a66                	lw	s4,88(sp)
804038a2:	4ad6                	lw	s5,84(sp)
804038a4:	6165                	add	sp,sp,112
804038a6:	8082                	ret
804038a8:	847ff0ef          	jal	804030ee <fs_root>
804038ac:	0070                	add	a2,sp,12
804038ae:	084c                	add	a1,sp,20
804038b0:	89aa                	mv	s3,a0
804038b2:	3f15                	jal	804037e6 <dir_lookup>
804038b4:	842a                	mv	s0,a0
804038b6:	ed35                	bnez	a0,80403932 <fs_open+0xc0>
804038b8:	04097793          	and	a5,s2,64
804038bc:	dfe1                	beqz	a5,80403894 <fs_open+0x22>
804038be:	080c                	add	a1,sp,16
804038c0:	4505                	li	a0,1
804038c2:	aafff0ef          	jal	80403370 <ialloc>
804038c6:	fc0548e3          	bltz	a0,80403896 <fs_open+0x24>
804038ca:	47c2                	lw	a5,16(sp)
804038cc:	0007aa83          	lw	s5,0(a5)
804038d0:	a839                	j	804038ee <fs_open+0x7c>
804038d2:	02000713          	li	a4,32
804038d6:	86d2                	mv	a3,s4
804038d8:	1810                	add	a2,sp,48
804038da:	4581                	li	a1,0
804038dc:	854e                	mv	a0,s3
804038de:	c77ff0ef          	jal	80403554 <readi>
804038e2:	02000793          	li	a5,32
804038e6:	08f51863          	bne	a0,a5,80403976 <fs_open+0x104>
804038ea:	57c2                	lw	a5,48(sp)
804038ec:	cb81                	beqz	a5,804038fc <fs_open+0x8a>
804038ee:	00c9a783          	lw	a5,12(s3)
804038f2:	8a22                	mv	s4,s0
804038f4:	02040413          	add	s0,s0,32
804038f8:	fc87fde3          	bgeu	a5,s0,804038d2 <fs_open+0x60>
804038fc:	02000613          	li	a2,32
80403900:	4581                	li	a1,0
80403902:	1808                	add	a0,sp,48
80403904:	96efe0ef          	jal	80401a72 <memset>
80403908:	4671                	li	a2,28
8040390a:	084c                	add	a1,sp,20
8040390c:	1848                	add	a0,sp,52
8040390e:	d856                	sw	s5,48(sp)
80403910:	a7afe0ef          	jal	80401b8a <strlcpy_k>
80403914:	02000713          	li	a4,32
80403918:	86d2                	mv	a3,s4
8040391a:	1810                	add	a2,sp,48
8040391c:	4581                	li	a1,0
8040391e:	854e                	mv	a0,s3
80403920:	d05ff0ef          	jal	80403624 <writei>
80403924:	02000793          	li	a5,32
80403928:	02f51c63          	bne	a0,a5,80403960 <fs_open+0xee>
8040392c:	4542                	lw	a0,16(sp)
8040392e:	c088                	sw	a0,0(s1)
80403930:	a029                	j	8040393a <fs_open+0xc8>
80403932:	987ff0ef          	jal	804032b8 <iget>
80403936:	c088                	sw	a0,0(s1)
80403938:	c115                	beqz	a0,8040395c <fs_open+0xea>
8040393a:	00855703          	lhu	a4,8(a0)
8040393e:	4785                	li	a5,1
80403940:	02f71763          	bne	a4,a5,8040396e <fs_open+0xfc>
80403944:	20097793          	and	a5,s2,512
80403948:	c781                	beqz	a5,80403950 <fs_open+0xde>
8040394a:	00397793          	and	a5,s2,3
8040394e:	e399                	bnez	a5,80403954 <fs_open+0xe2>
80403950:	4501                	li	a0,0
80403952:	b791                	j	80403896 <fs_open+0x24>
80403954:	b17ff0ef          	jal	8040346a <itrunc>
80403958:	4501                	li	a0,0
8040395a:	bf35                	j	80403896 <fs_open+0x24>
8040395c:	5521                	li	a0,-24
8040395e:	bf25                	j	80403896 <fs_open+0x24>
80403960:	4542                	lw	a0,16(sp)
80403962:	00051523          	sh	zero,10(a0)
80403966:	aa5ff0ef          	jal	8040340a <iput>
8040396a:	5511                	li	a0,-28
8040396c:	b72d                	j	80403896 <fs_open+0x24>
8040396e:	a9dff0ef          	jal	8040340a <iput>
80403972:	552d                	li	a0,-21
80403974:	b70d                	j	80403896 <fs_open+0x24>
80403976:	80427537          	lui	a0,0x80427
8040397a:	a9850513          	add	a0,a0,-1384 # 80426a98 <syscalls+0x128>
8040397e:	8befe0ef          	jal	80401a3c <panic>

80403982 <fs_lookup>:
80403982:	7179                	add	sp,sp,-48
80403984:	d422                	sw	s0,40(sp)
80403986:	842e                	mv	s0,a1
80403988:	004c                	add	a1,sp,4
8040398a:	d606                	sw	ra,44(sp)
8040398c:	e03ff0ef          	jal	8040378e <path_name>
80403990:	87aa                	mv	a5,a0
80403992:	00054663          	bltz	a0,8040399e <fs_lookup+0x1c>
80403996:	f4eff0ef          	jal	804030e4 <fs_mounted>
8040399a:	e519                	bnez	a0,804039a8 <fs_lookup+0x26>
8040399c:	57f9                	li	a5,-2
8040399e:	50b2                	lw	ra,44(sp)
804039a0:	5422                	lw	s0,40(sp)
804039a2:	853e                	mv	a0,a5
804039a4:	6145                	add	sp,sp,48
804039a6:	8082                	ret
804039a8:	f46ff0ef          	jal	804030ee <fs_root>
804039ac:	860a                	mv	a2,sp
804039ae:	004c                	add	a1,sp,4
804039b0:	e37ff0ef          	jal	804037e6 <dir_lookup>
804039b4:	d565                	beqz	a0,8040399c <fs_lookup+0x1a>
804039b6:	903ff0ef          	jal	804032b8 <iget>
804039ba:	c008                	sw	a0,0(s0)
804039bc:	c919                	beqz	a0,804039d2 <fs_lookup+0x50>
804039be:	00855683          	lhu	a3,8(a0)
804039c2:	4705                	li	a4,1
804039c4:	4781                	li	a5,0
804039c6:	fce68ce3          	beq	a3,a4,8040399e <fs_lookup+0x1c>
804039ca:	a41ff0ef          	jal	8040340a <iput>
804039ce:	57ad                	li	a5,-21
804039d0:	b7f9                	j	8040399e <fs_lookup+0x1c>
804039d2:	57a1                	li	a5,-24
804039d4:	b7e9                	j	8040399e <fs_lookup+0x1c>

804039d6 <fs_unlink>:
804039d6:	715d                	add	sp,sp,-80
804039d8:	004c                	add	a1,sp,4
804039da:	c4a2                	sw	s0,72(sp)
804039dc:	c686                	sw	ra,76(sp)
804039de:	c2a6                	sw	s1,68(sp)
804039e0:	c0ca                	sw	s2,64(sp)
804039e2:	dadff0ef          	jal	8040378e <path_name>
804039e6:	842a                	mv	s0,a0
804039e8:	00054663          	bltz	a0,804039f4 <fs_unlink+0x1e>
804039ec:	ef8ff0ef          	jal	804030e4 <fs_mounted>
804039f0:	e909                	bnez	a0,80403a02 <fs_unlink+0x2c>
804039f2:	5479                	li	s0,-2
804039f4:	40b6                	lw	ra,76(sp)
804039f6:	8522                	mv	a0,s0
804039f8:	4426                	lw	s0,72(sp)
804039fa:	4496                	lw	s1,68(sp)
804039fc:	4906                	lw	s2,64(sp)
804039fe:	6161                	add	sp,sp,80
80403a00:	8082                	ret
80403a02:	eecff0ef          	jal	804030ee <fs_root>
80403a06:	860a                	mv	a2,sp
80403a08:	004c                	add	a1,sp,4
80403a0a:	84aa                	mv	s1,a0
80403a0c:	ddbff0ef          	jal	804037e6 <dir_lookup>
80403a10:	d16d                	beqz	a0,804039f2 <fs_unlink+0x1c>
80403a12:	8a7ff0ef          	jal	804032b8 <iget>
80403a16:	892a                	mv	s2,a0
80403a18:	c10d                	beqz	a0,80403a3a <fs_unlink+0x64>
80403a1a:	00855703          	lhu	a4,8(a0)
80403a1e:	4785                	li	a5,1
80403a20:	00f70f63          	beq	a4,a5,80403a3e <fs_unlink+0x68>
80403a24:	542d                	li	s0,-21
80403a26:	854a                	mv	a0,s2
80403a28:	9e3ff0ef          	jal	8040340a <iput>
80403a2c:	40b6                	lw	ra,76(sp)
80403a2e:	8522                	mv	a0,s0
80403a30:	4426                	lw	s0,72(sp)
80403a32:	4496                	lw	s1,68(sp)
80403a34:	4906                	lw	s2,64(sp)
80403a36:	6161                	add	sp,sp,80
80403a38:	8082                	ret
80403a3a:	5421                	li	s0,-24
80403a3c:	bf65                	j	804039f4 <fs_unlink+0x1e>
80403a3e:	02000613          	li	a2,32
80403a42:	4581                	li	a1,0
80403a44:	1008                	add	a0,sp,32
80403a46:	82cfe0ef          	jal	80401a72 <memset>
80403a4a:	4682                	lw	a3,0(sp)
80403a4c:	02000713          	li	a4,32
80403a50:	1010                	add	a2,sp,32
80403a52:	4581                	li	a1,0
80403a54:	8526                	mv	a0,s1
80403a56:	bcfff0ef          	jal	80403624 <writei>
80403a5a:	00a95783          	lhu	a5,10(s2)
80403a5e:	854a                	mv	a0,s2
80403a60:	17fd                	add	a5,a5,-1
80403a62:	00f91523          	sh	a5,10(s2)
80403a66:	e92ff0ef          	jal	804030f8 <iupdate>
80403a6a:	bf75                	j	80403a26 <fs_unlink+0x50>

80403a6c <fs_readdir>:
80403a6c:	715d                	add	sp,sp,-80
80403a6e:	c0ca                	sw	s2,64(sp)
80403a70:	de4e                	sw	s3,60(sp)
80403a72:	da56                	sw	s5,52(sp)
80403a74:	c686                	sw	ra,76(sp)
80403a76:	c4a2                	sw	s0,72(sp)
80403a78:	c2a6                	sw	s1,68(sp)
80403a7a:	dc52                	sw	s4,56(sp)
80403a7c:	89aa                	mv	s3,a0
80403a7e:	8aae                	mv	s5,a1
80403a80:	8932                	mv	s2,a2
80403a82:	e62ff0ef          	jal	804030e4 <fs_mounted>
80403a86:	c925                	beqz	a0,80403af6 <fs_readdir+0x8a>
80403a88:	e66ff0ef          	jal	804030ee <fs_root>
80403a8c:	4558                	lw	a4,12(a0)
80403a8e:	47fd                	li	a5,31
80403a90:	84aa                	mv	s1,a0
80403a92:	06e7f263          	bgeu	a5,a4,80403af6 <fs_readdir+0x8a>
80403a96:	4401                	li	s0,0
80403a98:	4a05                	li	s4,1
80403a9a:	a801                	j	80403aaa <fs_readdir+0x3e>
80403a9c:	44d8                	lw	a4,12(s1)
80403a9e:	04040793          	add	a5,s0,64
80403aa2:	02040413          	add	s0,s0,32
80403aa6:	04f76863          	bltu	a4,a5,80403af6 <fs_readdir+0x8a>
80403aaa:	02000713          	li	a4,32
80403aae:	86a2                	mv	a3,s0
80403ab0:	0810                	add	a2,sp,16
80403ab2:	4581                	li	a1,0
80403ab4:	8526                	mv	a0,s1
80403ab6:	a9fff0ef          	jal	80403554 <readi>
80403aba:	02000793          	li	a5,32
80403abe:	04f51f63          	bne	a0,a5,80403b1c <fs_readdir+0xb0>
80403ac2:	4542                	lw	a0,16(sp)
80403ac4:	fe0ff0ef          	jal	804032a4 <inum_valid>
80403ac8:	d971                	beqz	a0,80403a9c <fs_readdir+0x30>
80403aca:	4542                	lw	a0,16(sp)
80403acc:	864a                	mv	a2,s2
80403ace:	00e10593          	add	a1,sp,14
80403ad2:	80bff0ef          	jal	804032dc <istat>
80403ad6:	00e15783          	lhu	a5,14(sp)
80403ada:	fd4791e3          	bne	a5,s4,80403a9c <fs_readdir+0x30>
80403ade:	fff98793          	add	a5,s3,-1
80403ae2:	02098463          	beqz	s3,80403b0a <fs_readdir+0x9e>
80403ae6:	44d8                	lw	a4,12(s1)
80403ae8:	89be                	mv	s3,a5
80403aea:	04040793          	add	a5,s0,64
80403aee:	02040413          	add	s0,s0,32
80403af2:	faf77ce3          	bgeu	a4,a5,80403aaa <fs_readdir+0x3e>
80403af6:	5579                	li	a0,-2
80403af8:	40b6                	lw	ra,76(sp)
80403afa:	4426                	lw	s0,72(sp)
80403afc:	4496                	lw	s1,68(sp)
80403afe:	4906                	lw	s2,64(sp)
80403b00:	59f2                	lw	s3,60(sp)
80403b02:	5a62                	lw	s4,56(sp)
80403b04:	5ad2                	lw	s5,52(sp)
80403b06:	6161                	add	sp,sp,80
80403b08:	8082                	ret
80403b0a:	466d                	li	a2,27
80403b0c:	084c                	add	a1,sp,20
80403b0e:	8556                	mv	a0,s5
80403b10:	fa5fd0ef          	jal	80401ab4 <memcpy>
80403b14:	4501                	li	a0,0
80403b16:	000a8da3          	sb	zero,27(s5)
80403b1a:	bff9                	j	80403af8 <fs_readdir+0x8c>
80403b1c:	80427537          	lui	a0,0x80427
80403b20:	a9850513          	add	a0,a0,-1384 # 80426a98 <syscalls+0x128>
80403b24:	f19fd0ef          	jal	80401a3c <panic>

80403b28 <bget>:
80403b28:	804b17b7          	lui	a5,0x804b1
80403b2c:	1141                	add	sp,sp,-16
80403b2e:	0e478793          	add	a5,a5,228 # 804b10e4 <lru>
80403b32:	c422                	sw	s0,8(sp)
80403b34:	4bc0                	lw	s0,20(a5)
80403b36:	c226                	sw	s1,4(sp)
80403b38:	c606                	sw	ra,12(sp)
80403b3a:	84aa                	mv	s1,a0
80403b3c:	00f40a63          	beq	s0,a5,80403b50 <bget+0x28>
80403b40:	4018                	lw	a4,0(s0)
80403b42:	c701                	beqz	a4,80403b4a <bget+0x22>
80403b44:	4418                	lw	a4,8(s0)
80403b46:	04970b63          	beq	a4,s1,80403b9c <bget+0x74>
80403b4a:	4840                	lw	s0,20(s0)
80403b4c:	fef41ae3          	bne	s0,a5,80403b40 <bget+0x18>
80403b50:	4b80                	lw	s0,16(a5)
80403b52:	00f41663          	bne	s0,a5,80403b5e <bget+0x36>
80403b56:	a8a1                	j	80403bae <bget+0x86>
80403b58:	4800                	lw	s0,16(s0)
80403b5a:	04f40a63          	beq	s0,a5,80403bae <bget+0x86>
80403b5e:	4458                	lw	a4,12(s0)
80403b60:	ff65                	bnez	a4,80403b58 <bget+0x30>
80403b62:	401c                	lw	a5,0(s0)
80403b64:	ef81                	bnez	a5,80403b7c <bget+0x54>
80403b66:	4785                	li	a5,1
80403b68:	c404                	sw	s1,8(s0)
80403b6a:	40b2                	lw	ra,12(sp)
80403b6c:	00042023          	sw	zero,0(s0)
80403b70:	c45c                	sw	a5,12(s0)
80403b72:	8522                	mv	a0,s0
80403b74:	4422                	lw	s0,8(sp)
80403b76:	4492                	lw	s1,4(sp)
80403b78:	0141                	add	sp,sp,16
80403b7a:	8082                	ret
80403b7c:	405c                	lw	a5,4(s0)
80403b7e:	d7e5                	beqz	a5,80403b66 <bget+0x3e>
80403b80:	4408                	lw	a0,8(s0)
80403b82:	01840613          	add	a2,s0,24
80403b86:	45a1                	li	a1,8
80403b88:	050e                	sll	a0,a0,0x3
80403b8a:	2cd9                	jal	80403e60 <disk_write>
80403b8c:	804277b7          	lui	a5,0x80427
80403b90:	4705                	li	a4,1
80403b92:	00042223          	sw	zero,4(s0)
80403b96:	06e7a223          	sw	a4,100(a5) # 80427064 <unflushed>
80403b9a:	b7f1                	j	80403b66 <bget+0x3e>
80403b9c:	445c                	lw	a5,12(s0)
80403b9e:	40b2                	lw	ra,12(sp)
80403ba0:	8522                	mv	a0,s0
80403ba2:	0785                	add	a5,a5,1
80403ba4:	c45c                	sw	a5,12(s0)
80403ba6:	4422                	lw	s0,8(sp)
80403ba8:	4492                	lw	s1,4(sp)
80403baa:	0141                	add	sp,sp,16
80403bac:	8082                	ret
80403bae:	80427537          	lui	a0,0x80427
80403bb2:	ab850513          	add	a0,a0,-1352 # 80426ab8 <syscalls+0x148>
80403bb6:	e87fd0ef          	jal	80401a3c <panic>

80403bba <bio_init>:
80403bba:	804b16b7          	lui	a3,0x804b1
80403bbe:	804b27b7          	lui	a5,0x804b2
80403bc2:	00040637          	lui	a2,0x40
80403bc6:	0e468713          	add	a4,a3,228 # 804b10e4 <lru>
80403bca:	0fc78793          	add	a5,a5,252 # 804b20fc <bufs>
80403bce:	60060613          	add	a2,a2,1536 # 40600 <_entry-0x803bfa00>
80403bd2:	6585                	lui	a1,0x1
80403bd4:	0e468513          	add	a0,a3,228
80403bd8:	cb18                	sw	a4,16(a4)
80403bda:	963e                	add	a2,a2,a5
80403bdc:	0e468693          	add	a3,a3,228
80403be0:	05e1                	add	a1,a1,24 # 1018 <_entry-0x803fefe8>
80403be2:	cbd4                	sw	a3,20(a5)
80403be4:	8736                	mv	a4,a3
80403be6:	cb88                	sw	a0,16(a5)
80403be8:	86be                	mv	a3,a5
80403bea:	cb1c                	sw	a5,16(a4)
80403bec:	97ae                	add	a5,a5,a1
80403bee:	fec79ae3          	bne	a5,a2,80403be2 <bio_init+0x28>
80403bf2:	804f17b7          	lui	a5,0x804f1
80403bf6:	6e478793          	add	a5,a5,1764 # 804f16e4 <bufs+0x3f5e8>
80403bfa:	c95c                	sw	a5,20(a0)
80403bfc:	8082                	ret

80403bfe <bread>:
80403bfe:	1141                	add	sp,sp,-16
80403c00:	c422                	sw	s0,8(sp)
80403c02:	c226                	sw	s1,4(sp)
80403c04:	c606                	sw	ra,12(sp)
80403c06:	84aa                	mv	s1,a0
80403c08:	f21ff0ef          	jal	80403b28 <bget>
80403c0c:	411c                	lw	a5,0(a0)
80403c0e:	842a                	mv	s0,a0
80403c10:	c799                	beqz	a5,80403c1e <bread+0x20>
80403c12:	40b2                	lw	ra,12(sp)
80403c14:	8522                	mv	a0,s0
80403c16:	4422                	lw	s0,8(sp)
80403c18:	4492                	lw	s1,4(sp)
80403c1a:	0141                	add	sp,sp,16
80403c1c:	8082                	ret
80403c1e:	01850613          	add	a2,a0,24
80403c22:	45a1                	li	a1,8
80403c24:	00349513          	sll	a0,s1,0x3
80403c28:	2a75                	jal	80403de4 <disk_read>
80403c2a:	4785                	li	a5,1
80403c2c:	40b2                	lw	ra,12(sp)
80403c2e:	c01c                	sw	a5,0(s0)
80403c30:	8522                	mv	a0,s0
80403c32:	4422                	lw	s0,8(sp)
80403c34:	4492                	lw	s1,4(sp)
80403c36:	0141                	add	sp,sp,16
80403c38:	8082                	ret

80403c3a <bclear>:
80403c3a:	1141                	add	sp,sp,-16
80403c3c:	c606                	sw	ra,12(sp)
80403c3e:	c422                	sw	s0,8(sp)
80403c40:	ee9ff0ef          	jal	80403b28 <bget>
80403c44:	842a                	mv	s0,a0
80403c46:	6605                	lui	a2,0x1
80403c48:	4581                	li	a1,0
80403c4a:	0561                	add	a0,a0,24
80403c4c:	e27fd0ef          	jal	80401a72 <memset>
80403c50:	4785                	li	a5,1
80403c52:	40b2                	lw	ra,12(sp)
80403c54:	c01c                	sw	a5,0(s0)
80403c56:	c05c                	sw	a5,4(s0)
80403c58:	8522                	mv	a0,s0
80403c5a:	4422                	lw	s0,8(sp)
80403c5c:	0141                	add	sp,sp,16
80403c5e:	8082                	ret

80403c60 <bdirty>:
80403c60:	4785                	li	a5,1
80403c62:	c15c                	sw	a5,4(a0)
80403c64:	8082                	ret

80403c66 <brelse>:
80403c66:	455c                	lw	a5,12(a0)
80403c68:	02f05263          	blez	a5,80403c8c <brelse+0x26>
80403c6c:	4910                	lw	a2,16(a0)
80403c6e:	4954                	lw	a3,20(a0)
80403c70:	17fd                	add	a5,a5,-1
80403c72:	c55c                	sw	a5,12(a0)
80403c74:	804b17b7          	lui	a5,0x804b1
80403c78:	ca54                	sw	a3,20(a2)
80403c7a:	0e478793          	add	a5,a5,228 # 804b10e4 <lru>
80403c7e:	4bd8                	lw	a4,20(a5)
80403c80:	ca90                	sw	a2,16(a3)
80403c82:	c91c                	sw	a5,16(a0)
80403c84:	c958                	sw	a4,20(a0)
80403c86:	cb08                	sw	a0,16(a4)
80403c88:	cbc8                	sw	a0,20(a5)
80403c8a:	8082                	ret
80403c8c:	80427537          	lui	a0,0x80427
80403c90:	1141                	add	sp,sp,-16
80403c92:	ad850513          	add	a0,a0,-1320 # 80426ad8 <syscalls+0x168>
80403c96:	c606                	sw	ra,12(sp)
80403c98:	da5fd0ef          	jal	80401a3c <panic>

80403c9c <bio_flush>:
80403c9c:	1101                	add	sp,sp,-32
80403c9e:	cc22                	sw	s0,24(sp)
80403ca0:	ca26                	sw	s1,20(sp)
80403ca2:	c64e                	sw	s3,12(sp)
80403ca4:	804f24b7          	lui	s1,0x804f2
80403ca8:	804b29b7          	lui	s3,0x804b2
80403cac:	6405                	lui	s0,0x1
80403cae:	c452                	sw	s4,8(sp)
80403cb0:	c256                	sw	s5,4(sp)
80403cb2:	ce06                	sw	ra,28(sp)
80403cb4:	c84a                	sw	s2,16(sp)
80403cb6:	0fc98993          	add	s3,s3,252 # 804b20fc <bufs>
80403cba:	6fc48493          	add	s1,s1,1788 # 804f26fc <bufs+0x40600>
80403cbe:	80427a37          	lui	s4,0x80427
80403cc2:	0461                	add	s0,s0,24 # 1018 <_entry-0x803fefe8>
80403cc4:	4a85                	li	s5,1
80403cc6:	87ce                	mv	a5,s3
80403cc8:	4901                	li	s2,0
80403cca:	4398                	lw	a4,0(a5)
80403ccc:	cb19                	beqz	a4,80403ce2 <bio_flush+0x46>
80403cce:	43d8                	lw	a4,4(a5)
80403cd0:	cb09                	beqz	a4,80403ce2 <bio_flush+0x46>
80403cd2:	00090763          	beqz	s2,80403ce0 <bio_flush+0x44>
80403cd6:	4794                	lw	a3,8(a5)
80403cd8:	00892703          	lw	a4,8(s2)
80403cdc:	00e6f363          	bgeu	a3,a4,80403ce2 <bio_flush+0x46>
80403ce0:	893e                	mv	s2,a5
80403ce2:	97a2                	add	a5,a5,s0
80403ce4:	fef493e3          	bne	s1,a5,80403cca <bio_flush+0x2e>
80403ce8:	00090e63          	beqz	s2,80403d04 <bio_flush+0x68>
80403cec:	00892503          	lw	a0,8(s2)
80403cf0:	01890613          	add	a2,s2,24
80403cf4:	45a1                	li	a1,8
80403cf6:	050e                	sll	a0,a0,0x3
80403cf8:	22a5                	jal	80403e60 <disk_write>
80403cfa:	00092223          	sw	zero,4(s2)
80403cfe:	075a2223          	sw	s5,100(s4) # 80427064 <unflushed>
80403d02:	b7d1                	j	80403cc6 <bio_flush+0x2a>
80403d04:	064a2783          	lw	a5,100(s4)
80403d08:	eb91                	bnez	a5,80403d1c <bio_flush+0x80>
80403d0a:	40f2                	lw	ra,28(sp)
80403d0c:	4462                	lw	s0,24(sp)
80403d0e:	44d2                	lw	s1,20(sp)
80403d10:	4942                	lw	s2,16(sp)
80403d12:	49b2                	lw	s3,12(sp)
80403d14:	4a22                	lw	s4,8(sp)
80403d16:	4a92                	lw	s5,4(sp)
80403d18:	6105                	add	sp,sp,32
80403d1a:	8082                	ret
80403d1c:	2a7d                	jal	80403eda <disk_flush>
80403d1e:	060a2223          	sw	zero,100(s4)
80403d22:	b7e5                	j	80403d0a <bio_flush+0x6e>

80403d24 <disk_wait>:
80403d24:	804277b7          	lui	a5,0x80427
80403d28:	06c7a603          	lw	a2,108(a5) # 8042706c <disk_base>
80403d2c:	00c60693          	add	a3,a2,12 # 100c <_entry-0x803feff4>
80403d30:	429c                	lw	a5,0(a3)
80403d32:	0017f713          	and	a4,a5,1
80403d36:	eb01                	bnez	a4,80403d46 <disk_wait+0x22>
80403d38:	0807f713          	and	a4,a5,128
80403d3c:	fb75                	bnez	a4,80403d30 <disk_wait+0xc>
80403d3e:	8fe9                	and	a5,a5,a0
80403d40:	fea798e3          	bne	a5,a0,80403d30 <disk_wait+0xc>
80403d44:	8082                	ret
80403d46:	4a10                	lw	a2,16(a2)
80403d48:	80427537          	lui	a0,0x80427
80403d4c:	1141                	add	sp,sp,-16
80403d4e:	af050513          	add	a0,a0,-1296 # 80426af0 <syscalls+0x180>
80403d52:	c606                	sw	ra,12(sp)
80403d54:	ce9fd0ef          	jal	80401a3c <panic>

80403d58 <disk_command>:
80403d58:	1141                	add	sp,sp,-16
80403d5a:	c422                	sw	s0,8(sp)
80403d5c:	c226                	sw	s1,4(sp)
80403d5e:	c606                	sw	ra,12(sp)
80403d60:	c04a                	sw	s2,0(sp)
80403d62:	fff60713          	add	a4,a2,-1
80403d66:	0ff00793          	li	a5,255
80403d6a:	8432                	mv	s0,a2
80403d6c:	84ae                	mv	s1,a1
80403d6e:	04e7e263          	bltu	a5,a4,80403db2 <disk_command+0x5a>
80403d72:	804277b7          	lui	a5,0x80427
80403d76:	0687a783          	lw	a5,104(a5) # 80427068 <capacity>
80403d7a:	02b7ec63          	bltu	a5,a1,80403db2 <disk_command+0x5a>
80403d7e:	8f8d                	sub	a5,a5,a1
80403d80:	02c7e963          	bltu	a5,a2,80403db2 <disk_command+0x5a>
80403d84:	804275b7          	lui	a1,0x80427
80403d88:	892a                	mv	s2,a0
80403d8a:	b3c58593          	add	a1,a1,-1220 # 80426b3c <syscalls+0x1cc>
80403d8e:	04000513          	li	a0,64
80403d92:	f93ff0ef          	jal	80403d24 <disk_wait>
80403d96:	804277b7          	lui	a5,0x80427
80403d9a:	06c7a783          	lw	a5,108(a5) # 8042706c <disk_base>
80403d9e:	40b2                	lw	ra,12(sp)
80403da0:	c3c0                	sw	s0,4(a5)
80403da2:	4422                	lw	s0,8(sp)
80403da4:	c784                	sw	s1,8(a5)
80403da6:	0127a623          	sw	s2,12(a5)
80403daa:	4492                	lw	s1,4(sp)
80403dac:	4902                	lw	s2,0(sp)
80403dae:	0141                	add	sp,sp,16
80403db0:	8082                	ret
80403db2:	80427537          	lui	a0,0x80427
80403db6:	8622                	mv	a2,s0
80403db8:	85a6                	mv	a1,s1
80403dba:	b1050513          	add	a0,a0,-1264 # 80426b10 <syscalls+0x1a0>
80403dbe:	c7ffd0ef          	jal	80401a3c <panic>

80403dc2 <disk_init>:
80403dc2:	00052c23          	sw	zero,24(a0)
80403dc6:	4958                	lw	a4,20(a0)
80403dc8:	804277b7          	lui	a5,0x80427
80403dcc:	06a7a623          	sw	a0,108(a5) # 8042706c <disk_base>
80403dd0:	804277b7          	lui	a5,0x80427
80403dd4:	06e7a423          	sw	a4,104(a5) # 80427068 <capacity>
80403dd8:	8082                	ret

80403dda <disk_capacity>:
80403dda:	804277b7          	lui	a5,0x80427
80403dde:	0687a503          	lw	a0,104(a5) # 80427068 <capacity>
80403de2:	8082                	ret

80403de4 <disk_read>:
80403de4:	1101                	add	sp,sp,-32
80403de6:	c452                	sw	s4,8(sp)
80403de8:	8a2e                	mv	s4,a1
80403dea:	ca26                	sw	s1,20(sp)
80403dec:	85aa                	mv	a1,a0
80403dee:	84b2                	mv	s1,a2
80403df0:	02000513          	li	a0,32
80403df4:	8652                	mv	a2,s4
80403df6:	ce06                	sw	ra,28(sp)
80403df8:	cc22                	sw	s0,24(sp)
80403dfa:	c84a                	sw	s2,16(sp)
80403dfc:	c64e                	sw	s3,12(sp)
80403dfe:	c256                	sw	s5,4(sp)
80403e00:	f59ff0ef          	jal	80403d58 <disk_command>
80403e04:	040a0b63          	beqz	s4,80403e5a <disk_read+0x76>
80403e08:	804277b7          	lui	a5,0x80427
80403e0c:	06c7a903          	lw	s2,108(a5) # 8042706c <disk_base>
80403e10:	20048493          	add	s1,s1,512
80403e14:	4981                	li	s3,0
80403e16:	80427ab7          	lui	s5,0x80427
80403e1a:	b44a8593          	add	a1,s5,-1212 # 80426b44 <syscalls+0x1d4>
80403e1e:	4521                	li	a0,8
80403e20:	e0048413          	add	s0,s1,-512
80403e24:	f01ff0ef          	jal	80403d24 <disk_wait>
80403e28:	00092783          	lw	a5,0(s2)
80403e2c:	0411                	add	s0,s0,4
80403e2e:	fef42e23          	sw	a5,-4(s0)
80403e32:	fe941be3          	bne	s0,s1,80403e28 <disk_read+0x44>
80403e36:	0985                	add	s3,s3,1
80403e38:	20048493          	add	s1,s1,512
80403e3c:	fd3a1fe3          	bne	s4,s3,80403e1a <disk_read+0x36>
80403e40:	4462                	lw	s0,24(sp)
80403e42:	40f2                	lw	ra,28(sp)
80403e44:	44d2                	lw	s1,20(sp)
80403e46:	4942                	lw	s2,16(sp)
80403e48:	49b2                	lw	s3,12(sp)
80403e4a:	4a22                	lw	s4,8(sp)
80403e4c:	b44a8593          	add	a1,s5,-1212
80403e50:	4a92                	lw	s5,4(sp)
80403e52:	4501                	li	a0,0
80403e54:	6105                	add	sp,sp,32
80403e56:	ecfff06f          	j	80403d24 <disk_wait>
80403e5a:	80427ab7          	lui	s5,0x80427
80403e5e:	b7cd                	j	80403e40 <disk_read+0x5c>

80403e60 <disk_write>:
80403e60:	1101                	add	sp,sp,-32
80403e62:	c452                	sw	s4,8(sp)
80403e64:	8a2e                	mv	s4,a1
80403e66:	ca26                	sw	s1,20(sp)
80403e68:	85aa                	mv	a1,a0
80403e6a:	84b2                	mv	s1,a2
80403e6c:	03000513          	li	a0,48
80403e70:	8652                	mv	a2,s4
80403e72:	ce06                	sw	ra,28(sp)
80403e74:	cc22                	sw	s0,24(sp)
80403e76:	c84a                	sw	s2,16(sp)
80403e78:	c64e                	sw	s3,12(sp)
80403e7a:	c256                	sw	s5,4(sp)
80403e7c:	eddff0ef          	jal	80403d58 <disk_command>
80403e80:	040a0a63          	beqz	s4,80403ed4 <disk_write+0x74>
80403e84:	804277b7          	lui	a5,0x80427
80403e88:	06c7a903          	lw	s2,108(a5) # 8042706c <disk_base>
80403e8c:	20048493          	add	s1,s1,512
80403e90:	4981                	li	s3,0
80403e92:	80427ab7          	lui	s5,0x80427
80403e96:	b4ca8593          	add	a1,s5,-1204 # 80426b4c <syscalls+0x1dc>
80403e9a:	4521                	li	a0,8
80403e9c:	e0048413          	add	s0,s1,-512
80403ea0:	e85ff0ef          	jal	80403d24 <disk_wait>
80403ea4:	401c                	lw	a5,0(s0)
80403ea6:	0411                	add	s0,s0,4
80403ea8:	00f92023          	sw	a5,0(s2)
80403eac:	fe941ce3          	bne	s0,s1,80403ea4 <disk_write+0x44>
80403eb0:	0985                	add	s3,s3,1
80403eb2:	20048493          	add	s1,s1,512
80403eb6:	ff3a10e3          	bne	s4,s3,80403e96 <disk_write+0x36>
80403eba:	4462                	lw	s0,24(sp)
80403ebc:	40f2                	lw	ra,28(sp)
80403ebe:	44d2                	lw	s1,20(sp)
80403ec0:	4942                	lw	s2,16(sp)
80403ec2:	49b2                	lw	s3,12(sp)
80403ec4:	4a22                	lw	s4,8(sp)
80403ec6:	b4ca8593          	add	a1,s5,-1204
80403eca:	4a92                	lw	s5,4(sp)
80403ecc:	4501                	li	a0,0
80403ece:	6105                	add	sp,sp,32
80403ed0:	e55ff06f          	j	80403d24 <disk_wait>
80403ed4:	80427ab7          	lui	s5,0x80427
80403ed8:	b7cd                	j	80403eba <disk_write+0x5a>

80403eda <disk_flush>:
80403eda:	804275b7          	lui	a1,0x80427
80403ede:	1141                	add	sp,sp,-16
80403ee0:	b3c58593          	add	a1,a1,-1220 # 80426b3c <syscalls+0x1cc>
80403ee4:	04000513          	li	a0,64
80403ee8:	c606                	sw	ra,12(sp)
80403eea:	e3bff0ef          	jal	80403d24 <disk_wait>
80403eee:	804277b7          	lui	a5,0x80427
80403ef2:	06c7a783          	lw	a5,108(a5) # 8042706c <disk_base>
80403ef6:	40b2                	lw	ra,12(sp)
80403ef8:	0e700713          	li	a4,231
80403efc:	c7d8                	sw	a4,12(a5)
80403efe:	804275b7          	lui	a1,0x80427
80403f02:	b5458593          	add	a1,a1,-1196 # 80426b54 <syscalls+0x1e4>
80403f06:	4501                	li	a0,0
80403f08:	0141                	add	sp,sp,16
80403f0a:	e1bff06f          	j	80403d24 <disk_wait>

80403f0e <__udivdi3>:
80403f0e:	88aa                	mv	a7,a0
80403f10:	832e                	mv	t1,a1
80403f12:	8732                	mv	a4,a2
80403f14:	882a                	mv	a6,a0
80403f16:	87ae                	mv	a5,a1
80403f18:	20069663          	bnez	a3,80404124 <__udivdi3+0x216>
80403f1c:	00023597          	auipc	a1,0x23
80403f20:	c4058593          	add	a1,a1,-960 # 80426b5c <__clz_tab>
80403f24:	0cc37163          	bgeu	t1,a2,80403fe6 <__udivdi3+0xd8>
80403f28:	66c1                	lui	a3,0x10
80403f2a:	0ad67763          	bgeu	a2,a3,80403fd8 <__udivdi3+0xca>
80403f2e:	10063693          	sltiu	a3,a2,256
80403f32:	0016c693          	xor	a3,a3,1
80403f36:	068e                	sll	a3,a3,0x3
80403f38:	00d65533          	srl	a0,a2,a3
80403f3c:	95aa                	add	a1,a1,a0
80403f3e:	0005c583          	lbu	a1,0(a1)
80403f42:	02000513          	li	a0,32
80403f46:	96ae                	add	a3,a3,a1
80403f48:	40d505b3          	sub	a1,a0,a3
80403f4c:	00d50b63          	beq	a0,a3,80403f62 <__udivdi3+0x54>
80403f50:	00b317b3          	sll	a5,t1,a1
80403f54:	00d8d6b3          	srl	a3,a7,a3
80403f58:	00b61733          	sll	a4,a2,a1
80403f5c:	8fd5                	or	a5,a5,a3
80403f5e:	00b89833          	sll	a6,a7,a1
80403f62:	01075593          	srl	a1,a4,0x10
80403f66:	02b7d333          	divu	t1,a5,a1
80403f6a:	01071613          	sll	a2,a4,0x10
80403f6e:	8241                	srl	a2,a2,0x10
80403f70:	02b7f7b3          	remu	a5,a5,a1
80403f74:	851a                	mv	a0,t1
80403f76:	026608b3          	mul	a7,a2,t1
80403f7a:	01079693          	sll	a3,a5,0x10
80403f7e:	01085793          	srl	a5,a6,0x10
80403f82:	8fd5                	or	a5,a5,a3
80403f84:	0117fc63          	bgeu	a5,a7,80403f9c <__udivdi3+0x8e>
80403f88:	97ba                	add	a5,a5,a4
80403f8a:	fff30513          	add	a0,t1,-1 # bffffff <_entry-0x74400001>
80403f8e:	00e7e763          	bltu	a5,a4,80403f9c <__udivdi3+0x8e>
80403f92:	0117f563          	bgeu	a5,a7,80403f9c <__udivdi3+0x8e>
80403f96:	ffe30513          	add	a0,t1,-2
80403f9a:	97ba                	add	a5,a5,a4
80403f9c:	411787b3          	sub	a5,a5,a7
80403fa0:	02b7d8b3          	divu	a7,a5,a1
80403fa4:	0842                	sll	a6,a6,0x10
80403fa6:	01085813          	srl	a6,a6,0x10
80403faa:	02b7f7b3          	remu	a5,a5,a1
80403fae:	031606b3          	mul	a3,a2,a7
80403fb2:	07c2                	sll	a5,a5,0x10
80403fb4:	00f86833          	or	a6,a6,a5
80403fb8:	87c6                	mv	a5,a7
80403fba:	00d87b63          	bgeu	a6,a3,80403fd0 <__udivdi3+0xc2>
80403fbe:	983a                	add	a6,a6,a4
80403fc0:	fff88793          	add	a5,a7,-1
80403fc4:	00e86663          	bltu	a6,a4,80403fd0 <__udivdi3+0xc2>
80403fc8:	00d87463          	bgeu	a6,a3,80403fd0 <__udivdi3+0xc2>
80403fcc:	ffe88793          	add	a5,a7,-2
80403fd0:	0542                	sll	a0,a0,0x10
80403fd2:	8d5d                	or	a0,a0,a5
80403fd4:	4581                	li	a1,0
80403fd6:	8082                	ret
80403fd8:	01000537          	lui	a0,0x1000
80403fdc:	46c1                	li	a3,16
80403fde:	f4a66de3          	bltu	a2,a0,80403f38 <__udivdi3+0x2a>
80403fe2:	46e1                	li	a3,24
80403fe4:	bf91                	j	80403f38 <__udivdi3+0x2a>
80403fe6:	4681                	li	a3,0
80403fe8:	ca09                	beqz	a2,80403ffa <__udivdi3+0xec>
80403fea:	67c1                	lui	a5,0x10
80403fec:	08f67f63          	bgeu	a2,a5,8040408a <__udivdi3+0x17c>
80403ff0:	10063693          	sltiu	a3,a2,256
80403ff4:	0016c693          	xor	a3,a3,1
80403ff8:	068e                	sll	a3,a3,0x3
80403ffa:	00d657b3          	srl	a5,a2,a3
80403ffe:	95be                	add	a1,a1,a5
80404000:	0005c783          	lbu	a5,0(a1)
80404004:	97b6                	add	a5,a5,a3
80404006:	02000693          	li	a3,32
8040400a:	40f685b3          	sub	a1,a3,a5
8040400e:	08f69563          	bne	a3,a5,80404098 <__udivdi3+0x18a>
80404012:	40c307b3          	sub	a5,t1,a2
80404016:	4585                	li	a1,1
80404018:	01075893          	srl	a7,a4,0x10
8040401c:	0317de33          	divu	t3,a5,a7
80404020:	01071613          	sll	a2,a4,0x10
80404024:	8241                	srl	a2,a2,0x10
80404026:	01085693          	srl	a3,a6,0x10
8040402a:	0317f7b3          	remu	a5,a5,a7
8040402e:	8572                	mv	a0,t3
80404030:	03c60333          	mul	t1,a2,t3
80404034:	07c2                	sll	a5,a5,0x10
80404036:	8fd5                	or	a5,a5,a3
80404038:	0067fc63          	bgeu	a5,t1,80404050 <__udivdi3+0x142>
8040403c:	97ba                	add	a5,a5,a4
8040403e:	fffe0513          	add	a0,t3,-1
80404042:	00e7e763          	bltu	a5,a4,80404050 <__udivdi3+0x142>
80404046:	0067f563          	bgeu	a5,t1,80404050 <__udivdi3+0x142>
8040404a:	ffee0513          	add	a0,t3,-2
8040404e:	97ba                	add	a5,a5,a4
80404050:	406787b3          	sub	a5,a5,t1
80404054:	0317d333          	divu	t1,a5,a7
80404058:	0842                	sll	a6,a6,0x10
8040405a:	01085813          	srl	a6,a6,0x10
8040405e:	0317f7b3          	remu	a5,a5,a7
80404062:	026606b3          	mul	a3,a2,t1
80404066:	07c2                	sll	a5,a5,0x10
80404068:	00f86833          	or	a6,a6,a5
8040406c:	879a                	mv	a5,t1
8040406e:	00d87b63          	bgeu	a6,a3,80404084 <__udivdi3+0x176>
80404072:	983a                	add	a6,a6,a4
80404074:	fff30793          	add	a5,t1,-1
80404078:	00e86663          	bltu	a6,a4,80404084 <__udivdi3+0x176>
8040407c:	00d87463          	bgeu	a6,a3,80404084 <__udivdi3+0x176>
80404080:	ffe30793          	add	a5,t1,-2
80404084:	0542                	sll	a0,a0,0x10
80404086:	8d5d                	or	a0,a0,a5
80404088:	8082                	ret
8040408a:	010007b7          	lui	a5,0x1000
8040408e:	46c1                	li	a3,16
80404090:	f6f665e3          	bltu	a2,a5,80403ffa <__udivdi3+0xec>
80404094:	46e1                	li	a3,24
80404096:	b795                	j	80403ffa <__udivdi3+0xec>
80404098:	00b61733          	sll	a4,a2,a1
8040409c:	00f356b3          	srl	a3,t1,a5
804040a0:	01075513          	srl	a0,a4,0x10
804040a4:	00b31333          	sll	t1,t1,a1
804040a8:	00f8d7b3          	srl	a5,a7,a5
804040ac:	0067e7b3          	or	a5,a5,t1
804040b0:	02a6d333          	divu	t1,a3,a0
804040b4:	01071613          	sll	a2,a4,0x10
804040b8:	8241                	srl	a2,a2,0x10
804040ba:	00b89833          	sll	a6,a7,a1
804040be:	02a6f6b3          	remu	a3,a3,a0
804040c2:	026608b3          	mul	a7,a2,t1
804040c6:	01069593          	sll	a1,a3,0x10
804040ca:	0107d693          	srl	a3,a5,0x10
804040ce:	8ecd                	or	a3,a3,a1
804040d0:	859a                	mv	a1,t1
804040d2:	0116fc63          	bgeu	a3,a7,804040ea <__udivdi3+0x1dc>
804040d6:	96ba                	add	a3,a3,a4
804040d8:	fff30593          	add	a1,t1,-1
804040dc:	00e6e763          	bltu	a3,a4,804040ea <__udivdi3+0x1dc>
804040e0:	0116f563          	bgeu	a3,a7,804040ea <__udivdi3+0x1dc>
804040e4:	ffe30593          	add	a1,t1,-2
804040e8:	96ba                	add	a3,a3,a4
804040ea:	411686b3          	sub	a3,a3,a7
804040ee:	02a6d8b3          	divu	a7,a3,a0
804040f2:	07c2                	sll	a5,a5,0x10
804040f4:	83c1                	srl	a5,a5,0x10
804040f6:	02a6f6b3          	remu	a3,a3,a0
804040fa:	03160633          	mul	a2,a2,a7
804040fe:	06c2                	sll	a3,a3,0x10
80404100:	8fd5                	or	a5,a5,a3
80404102:	86c6                	mv	a3,a7
80404104:	00c7fc63          	bgeu	a5,a2,8040411c <__udivdi3+0x20e>
80404108:	97ba                	add	a5,a5,a4
8040410a:	fff88693          	add	a3,a7,-1
8040410e:	00e7e763          	bltu	a5,a4,8040411c <__udivdi3+0x20e>
80404112:	00c7f563          	bgeu	a5,a2,8040411c <__udivdi3+0x20e>
80404116:	ffe88693          	add	a3,a7,-2
8040411a:	97ba                	add	a5,a5,a4
8040411c:	05c2                	sll	a1,a1,0x10
8040411e:	8f91                	sub	a5,a5,a2
80404120:	8dd5                	or	a1,a1,a3
80404122:	bddd                	j	80404018 <__udivdi3+0x10a>
80404124:	14d5e163          	bltu	a1,a3,80404266 <__udivdi3+0x358>
80404128:	67c1                	lui	a5,0x10
8040412a:	02f6ff63          	bgeu	a3,a5,80404168 <__udivdi3+0x25a>
8040412e:	1006b713          	sltiu	a4,a3,256
80404132:	00174713          	xor	a4,a4,1
80404136:	070e                	sll	a4,a4,0x3
80404138:	00e6d5b3          	srl	a1,a3,a4
8040413c:	00023797          	auipc	a5,0x23
80404140:	a2078793          	add	a5,a5,-1504 # 80426b5c <__clz_tab>
80404144:	97ae                	add	a5,a5,a1
80404146:	0007c783          	lbu	a5,0(a5)
8040414a:	97ba                	add	a5,a5,a4
8040414c:	02000713          	li	a4,32
80404150:	40f705b3          	sub	a1,a4,a5
80404154:	02f71163          	bne	a4,a5,80404176 <__udivdi3+0x268>
80404158:	4505                	li	a0,1
8040415a:	e666eee3          	bltu	a3,t1,80403fd6 <__udivdi3+0xc8>
8040415e:	00c8b533          	sltu	a0,a7,a2
80404162:	00154513          	xor	a0,a0,1
80404166:	8082                	ret
80404168:	010007b7          	lui	a5,0x1000
8040416c:	4741                	li	a4,16
8040416e:	fcf6e5e3          	bltu	a3,a5,80404138 <__udivdi3+0x22a>
80404172:	4761                	li	a4,24
80404174:	b7d1                	j	80404138 <__udivdi3+0x22a>
80404176:	00f65733          	srl	a4,a2,a5
8040417a:	00b696b3          	sll	a3,a3,a1
8040417e:	8ed9                	or	a3,a3,a4
80404180:	00f35733          	srl	a4,t1,a5
80404184:	00b31333          	sll	t1,t1,a1
80404188:	00f8d7b3          	srl	a5,a7,a5
8040418c:	0067e7b3          	or	a5,a5,t1
80404190:	0106d313          	srl	t1,a3,0x10
80404194:	02675eb3          	divu	t4,a4,t1
80404198:	01069813          	sll	a6,a3,0x10
8040419c:	01085813          	srl	a6,a6,0x10
804041a0:	00b61633          	sll	a2,a2,a1
804041a4:	02677733          	remu	a4,a4,t1
804041a8:	03d80e33          	mul	t3,a6,t4
804041ac:	01071513          	sll	a0,a4,0x10
804041b0:	0107d713          	srl	a4,a5,0x10
804041b4:	8f49                	or	a4,a4,a0
804041b6:	8576                	mv	a0,t4
804041b8:	01c77c63          	bgeu	a4,t3,804041d0 <__udivdi3+0x2c2>
804041bc:	9736                	add	a4,a4,a3
804041be:	fffe8513          	add	a0,t4,-1
804041c2:	00d76763          	bltu	a4,a3,804041d0 <__udivdi3+0x2c2>
804041c6:	01c77563          	bgeu	a4,t3,804041d0 <__udivdi3+0x2c2>
804041ca:	ffee8513          	add	a0,t4,-2
804041ce:	9736                	add	a4,a4,a3
804041d0:	41c70733          	sub	a4,a4,t3
804041d4:	02675e33          	divu	t3,a4,t1
804041d8:	07c2                	sll	a5,a5,0x10
804041da:	83c1                	srl	a5,a5,0x10
804041dc:	02677733          	remu	a4,a4,t1
804041e0:	03c80833          	mul	a6,a6,t3
804041e4:	0742                	sll	a4,a4,0x10
804041e6:	8fd9                	or	a5,a5,a4
804041e8:	8772                	mv	a4,t3
804041ea:	0107fc63          	bgeu	a5,a6,80404202 <__udivdi3+0x2f4>
804041ee:	97b6                	add	a5,a5,a3
804041f0:	fffe0713          	add	a4,t3,-1
804041f4:	00d7e763          	bltu	a5,a3,80404202 <__udivdi3+0x2f4>
804041f8:	0107f563          	bgeu	a5,a6,80404202 <__udivdi3+0x2f4>
804041fc:	ffee0713          	add	a4,t3,-2
80404200:	97b6                	add	a5,a5,a3
80404202:	0542                	sll	a0,a0,0x10
80404204:	6e41                	lui	t3,0x10
80404206:	8d59                	or	a0,a0,a4
80404208:	fffe0693          	add	a3,t3,-1 # ffff <_entry-0x803f0001>
8040420c:	00d57733          	and	a4,a0,a3
80404210:	410787b3          	sub	a5,a5,a6
80404214:	8ef1                	and	a3,a3,a2
80404216:	01055813          	srl	a6,a0,0x10
8040421a:	8241                	srl	a2,a2,0x10
8040421c:	02d70333          	mul	t1,a4,a3
80404220:	02d806b3          	mul	a3,a6,a3
80404224:	02c70733          	mul	a4,a4,a2
80404228:	02c80833          	mul	a6,a6,a2
8040422c:	00d70633          	add	a2,a4,a3
80404230:	01035713          	srl	a4,t1,0x10
80404234:	9732                	add	a4,a4,a2
80404236:	00d77363          	bgeu	a4,a3,8040423c <__udivdi3+0x32e>
8040423a:	9872                	add	a6,a6,t3
8040423c:	01075693          	srl	a3,a4,0x10
80404240:	96c2                	add	a3,a3,a6
80404242:	02d7e063          	bltu	a5,a3,80404262 <__udivdi3+0x354>
80404246:	d8d797e3          	bne	a5,a3,80403fd4 <__udivdi3+0xc6>
8040424a:	67c1                	lui	a5,0x10
8040424c:	17fd                	add	a5,a5,-1 # ffff <_entry-0x803f0001>
8040424e:	8f7d                	and	a4,a4,a5
80404250:	0742                	sll	a4,a4,0x10
80404252:	00f37333          	and	t1,t1,a5
80404256:	00b898b3          	sll	a7,a7,a1
8040425a:	971a                	add	a4,a4,t1
8040425c:	4581                	li	a1,0
8040425e:	d6e8fce3          	bgeu	a7,a4,80403fd6 <__udivdi3+0xc8>
80404262:	157d                	add	a0,a0,-1 # ffffff <_entry-0x7f400001>
80404264:	bb85                	j	80403fd4 <__udivdi3+0xc6>
80404266:	4581                	li	a1,0
80404268:	4501                	li	a0,0
8040426a:	8082                	ret
