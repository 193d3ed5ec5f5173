
build/sbi.elf:     file format elf32-littleriscv


Disassembly of section .text:

80000000 <_start>:
80000000:	30401073          	csrw	mie,zero
80000004:	34001073          	csrw	mscratch,zero
80000008:	00000297          	auipc	t0,0x0
8000000c:	09428293          	add	t0,t0,148 # 8000009c <sbi_trap_entry>
80000010:	30529073          	csrw	mtvec,t0
80000014:	f14022f3          	csrr	t0,mhartid
80000018:	06029f63          	bnez	t0,80000096 <park>
8000001c:	00002117          	auipc	sp,0x2
80000020:	76410113          	add	sp,sp,1892 # 80002780 <__image_end>
80000024:	00000297          	auipc	t0,0x0
80000028:	75c28293          	add	t0,t0,1884 # 80000780 <__bss_end>
8000002c:	00000317          	auipc	t1,0x0
80000030:	75430313          	add	t1,t1,1876 # 80000780 <__bss_end>
80000034:	0062f663          	bgeu	t0,t1,80000040 <_start+0x40>
80000038:	0002a023          	sw	zero,0(t0)
8000003c:	0291                	add	t0,t0,4
8000003e:	bfdd                	j	80000034 <_start+0x34>
80000040:	842a                	mv	s0,a0
80000042:	84ae                	mv	s1,a1
80000044:	8532                	mv	a0,a2
80000046:	2a99                	jal	8000019c <boot_main>
80000048:	00002297          	auipc	t0,0x2
8000004c:	73828293          	add	t0,t0,1848 # 80002780 <__image_end>
80000050:	34029073          	csrw	mscratch,t0
80000054:	8522                	mv	a0,s0
80000056:	85a6                	mv	a1,s1
80000058:	4081                	li	ra,0
8000005a:	4101                	li	sp,0
8000005c:	4181                	li	gp,0
8000005e:	4201                	li	tp,0
80000060:	4281                	li	t0,0
80000062:	4301                	li	t1,0
80000064:	4381                	li	t2,0
80000066:	4401                	li	s0,0
80000068:	4481                	li	s1,0
8000006a:	4601                	li	a2,0
8000006c:	4681                	li	a3,0
8000006e:	4701                	li	a4,0
80000070:	4781                	li	a5,0
80000072:	4801                	li	a6,0
80000074:	4881                	li	a7,0
80000076:	4901                	li	s2,0
80000078:	4981                	li	s3,0
8000007a:	4a01                	li	s4,0
8000007c:	4a81                	li	s5,0
8000007e:	4b01                	li	s6,0
80000080:	4b81                	li	s7,0
80000082:	4c01                	li	s8,0
80000084:	4c81                	li	s9,0
80000086:	4d01                	li	s10,0
80000088:	4d81                	li	s11,0
8000008a:	4e01                	li	t3,0
8000008c:	4e81                	li	t4,0
8000008e:	4f01                	li	t5,0
80000090:	4f81                	li	t6,0
80000092:	30200073          	mret

80000096 <park>:
80000096:	10500073          	wfi
8000009a:	bff5                	j	80000096 <park>

8000009c <sbi_trap_entry>:
8000009c:	34011173          	csrrw	sp,mscratch,sp
800000a0:	04010463          	beqz	sp,800000e8 <trap_from_m>
800000a4:	7175                	add	sp,sp,-144
800000a6:	c206                	sw	ra,4(sp)
800000a8:	c60e                	sw	gp,12(sp)
800000aa:	c812                	sw	tp,16(sp)
800000ac:	ca16                	sw	t0,20(sp)
800000ae:	cc1a                	sw	t1,24(sp)
800000b0:	ce1e                	sw	t2,28(sp)
800000b2:	d022                	sw	s0,32(sp)
800000b4:	d226                	sw	s1,36(sp)
800000b6:	d42a                	sw	a0,40(sp)
800000b8:	d62e                	sw	a1,44(sp)
800000ba:	d832                	sw	a2,48(sp)
800000bc:	da36                	sw	a3,52(sp)
800000be:	dc3a                	sw	a4,56(sp)
800000c0:	de3e                	sw	a5,60(sp)
800000c2:	c0c2                	sw	a6,64(sp)
800000c4:	c2c6                	sw	a7,68(sp)
800000c6:	c4ca                	sw	s2,72(sp)
800000c8:	c6ce                	sw	s3,76(sp)
800000ca:	c8d2                	sw	s4,80(sp)
800000cc:	cad6                	sw	s5,84(sp)
800000ce:	ccda                	sw	s6,88(sp)
800000d0:	cede                	sw	s7,92(sp)
800000d2:	d0e2                	sw	s8,96(sp)
800000d4:	d2e6                	sw	s9,100(sp)
800000d6:	d4ea                	sw	s10,104(sp)
800000d8:	d6ee                	sw	s11,108(sp)
800000da:	d8f2                	sw	t3,112(sp)
800000dc:	daf6                	sw	t4,116(sp)
800000de:	dcfa                	sw	t5,120(sp)
800000e0:	defe                	sw	t6,124(sp)
800000e2:	09010293          	add	t0,sp,144
800000e6:	a099                	j	8000012c <trap_saved>

800000e8 <trap_from_m>:
800000e8:	34002173          	csrr	sp,mscratch
800000ec:	7175                	add	sp,sp,-144
800000ee:	c206                	sw	ra,4(sp)
800000f0:	c60e                	sw	gp,12(sp)
800000f2:	c812                	sw	tp,16(sp)
800000f4:	ca16                	sw	t0,20(sp)
800000f6:	cc1a                	sw	t1,24(sp)
800000f8:	ce1e                	sw	t2,28(sp)
800000fa:	d022                	sw	s0,32(sp)
800000fc:	d226                	sw	s1,36(sp)
800000fe:	d42a                	sw	a0,40(sp)
80000100:	d62e                	sw	a1,44(sp)
80000102:	d832                	sw	a2,48(sp)
80000104:	da36                	sw	a3,52(sp)
80000106:	dc3a                	sw	a4,56(sp)
80000108:	de3e                	sw	a5,60(sp)
8000010a:	c0c2                	sw	a6,64(sp)
8000010c:	c2c6                	sw	a7,68(sp)
8000010e:	c4ca                	sw	s2,72(sp)
80000110:	c6ce                	sw	s3,76(sp)
80000112:	c8d2                	sw	s4,80(sp)
80000114:	cad6                	sw	s5,84(sp)
80000116:	ccda                	sw	s6,88(sp)
80000118:	cede                	sw	s7,92(sp)
8000011a:	d0e2                	sw	s8,96(sp)
8000011c:	d2e6                	sw	s9,100(sp)
8000011e:	d4ea                	sw	s10,104(sp)
80000120:	d6ee                	sw	s11,108(sp)
80000122:	d8f2                	sw	t3,112(sp)
80000124:	daf6                	sw	t4,116(sp)
80000126:	dcfa                	sw	t5,120(sp)
80000128:	defe                	sw	t6,124(sp)
8000012a:	4281                	li	t0,0

8000012c <trap_saved>:
8000012c:	c516                	sw	t0,136(sp)
8000012e:	340022f3          	csrr	t0,mscratch
80000132:	c416                	sw	t0,8(sp)
80000134:	34001073          	csrw	mscratch,zero
80000138:	341022f3          	csrr	t0,mepc
8000013c:	c116                	sw	t0,128(sp)
8000013e:	300022f3          	csrr	t0,mstatus
80000142:	c316                	sw	t0,132(sp)
80000144:	850a                	mv	a0,sp
80000146:	22a5                	jal	800002ae <sbi_trap>
80000148:	428a                	lw	t0,128(sp)
8000014a:	34129073          	csrw	mepc,t0
8000014e:	429a                	lw	t0,132(sp)
80000150:	30029073          	csrw	mstatus,t0
80000154:	42aa                	lw	t0,136(sp)
80000156:	34029073          	csrw	mscratch,t0
8000015a:	4092                	lw	ra,4(sp)
8000015c:	41b2                	lw	gp,12(sp)
8000015e:	4242                	lw	tp,16(sp)
80000160:	42d2                	lw	t0,20(sp)
80000162:	4362                	lw	t1,24(sp)
80000164:	43f2                	lw	t2,28(sp)
80000166:	5402                	lw	s0,32(sp)
80000168:	5492                	lw	s1,36(sp)
8000016a:	5522                	lw	a0,40(sp)
8000016c:	55b2                	lw	a1,44(sp)
8000016e:	5642                	lw	a2,48(sp)
80000170:	56d2                	lw	a3,52(sp)
80000172:	5762                	lw	a4,56(sp)
80000174:	57f2                	lw	a5,60(sp)
80000176:	4806                	lw	a6,64(sp)
80000178:	4896                	lw	a7,68(sp)
8000017a:	4926                	lw	s2,72(sp)
8000017c:	49b6                	lw	s3,76(sp)
8000017e:	4a46                	lw	s4,80(sp)
80000180:	4ad6                	lw	s5,84(sp)
80000182:	4b66                	lw	s6,88(sp)
80000184:	4bf6                	lw	s7,92(sp)
80000186:	5c06                	lw	s8,96(sp)
80000188:	5c96                	lw	s9,100(sp)
8000018a:	5d26                	lw	s10,104(sp)
8000018c:	5db6                	lw	s11,108(sp)
8000018e:	5e46                	lw	t3,112(sp)
80000190:	5ed6                	lw	t4,116(sp)
80000192:	5f66                	lw	t5,120(sp)
80000194:	5ff6                	lw	t6,124(sp)
80000196:	4122                	lw	sp,8(sp)
80000198:	30200073          	mret

8000019c <boot_main>:
8000019c:	1101                	add	sp,sp,-32
8000019e:	67ad                	lui	a5,0xb
800001a0:	cc22                	sw	s0,24(sp)
800001a2:	ce06                	sw	ra,28(sp)
800001a4:	842a                	mv	s0,a0
800001a6:	1ff78793          	add	a5,a5,511 # b1ff <__stack_size+0x91ff>
800001aa:	30279073          	csrw	medeleg,a5
800001ae:	22200793          	li	a5,546
800001b2:	30379073          	csrw	mideleg,a5
800001b6:	479d                	li	a5,7
800001b8:	30679073          	csrw	mcounteren,a5
800001bc:	20b5                	jal	80000228 <pmp_init>
800001be:	02000793          	li	a5,32
800001c2:	3447b073          	csrc	mip,a5
800001c6:	4781                	li	a5,0
800001c8:	30479073          	csrw	mie,a5
800001cc:	6789                	lui	a5,0x2
800001ce:	88878793          	add	a5,a5,-1912 # 1888 <__stack_size-0x778>
800001d2:	3007b073          	csrc	mstatus,a5
800001d6:	6785                	lui	a5,0x1
800001d8:	80078793          	add	a5,a5,-2048 # 800 <__stack_size-0x1800>
800001dc:	3007a073          	csrs	mstatus,a5
800001e0:	cc19                	beqz	s0,800001fe <boot_main+0x62>
800001e2:	00347793          	and	a5,s0,3
800001e6:	ef81                	bnez	a5,800001fe <boot_main+0x62>
800001e8:	002c                	add	a1,sp,8
800001ea:	8522                	mv	a0,s0
800001ec:	2845                	jal	8000029c <guarded_load32>
800001ee:	e901                	bnez	a0,800001fe <boot_main+0x62>
800001f0:	4722                	lw	a4,8(sp)
800001f2:	494257b7          	lui	a5,0x49425
800001f6:	34f78793          	add	a5,a5,847 # 4942534f <__fw_size+0x493e534f>
800001fa:	00f70a63          	beq	a4,a5,8000020e <boot_main+0x72>
800001fe:	804007b7          	lui	a5,0x80400
80000202:	34179073          	csrw	mepc,a5
80000206:	40f2                	lw	ra,28(sp)
80000208:	4462                	lw	s0,24(sp)
8000020a:	6105                	add	sp,sp,32
8000020c:	8082                	ret
8000020e:	006c                	add	a1,sp,12
80000210:	00840513          	add	a0,s0,8
80000214:	2061                	jal	8000029c <guarded_load32>
80000216:	f565                	bnez	a0,800001fe <boot_main+0x62>
80000218:	47b2                	lw	a5,12(sp)
8000021a:	d3f5                	beqz	a5,800001fe <boot_main+0x62>
8000021c:	34179073          	csrw	mepc,a5
80000220:	40f2                	lw	ra,28(sp)
80000222:	4462                	lw	s0,24(sp)
80000224:	6105                	add	sp,sp,32
80000226:	8082                	ret

80000228 <pmp_init>:
80000228:	80000737          	lui	a4,0x80000
8000022c:	800407b7          	lui	a5,0x80040
80000230:	00070713          	mv	a4,a4
80000234:	00078793          	mv	a5,a5
80000238:	8f99                	sub	a5,a5,a4
8000023a:	8385                	srl	a5,a5,0x1
8000023c:	17fd                	add	a5,a5,-1 # 8003ffff <__image_end+0x3d87f>
8000023e:	8fd9                	or	a5,a5,a4
80000240:	8389                	srl	a5,a5,0x2
80000242:	3b079073          	csrw	pmpaddr0,a5
80000246:	57fd                	li	a5,-1
80000248:	3b179073          	csrw	pmpaddr1,a5
8000024c:	6789                	lui	a5,0x2
8000024e:	f1878793          	add	a5,a5,-232 # 1f18 <__stack_size-0xe8>
80000252:	3a079073          	csrw	pmpcfg0,a5
80000256:	8082                	ret

80000258 <fw_region_overlaps>:
80000258:	87aa                	mv	a5,a0
8000025a:	c58d                	beqz	a1,80000284 <fw_region_overlaps+0x2c>
8000025c:	00a586b3          	add	a3,a1,a0
80000260:	02b6e063          	bltu	a3,a1,80000280 <fw_region_overlaps+0x28>
80000264:	80040737          	lui	a4,0x80040
80000268:	00070713          	mv	a4,a4
8000026c:	4501                	li	a0,0
8000026e:	00e7fa63          	bgeu	a5,a4,80000282 <fw_region_overlaps+0x2a>
80000272:	80000537          	lui	a0,0x80000
80000276:	00050513          	mv	a0,a0
8000027a:	00d53533          	sltu	a0,a0,a3
8000027e:	8082                	ret
80000280:	4505                	li	a0,1
80000282:	8082                	ret
80000284:	4501                	li	a0,0
80000286:	8082                	ret

80000288 <guarded_load8>:
80000288:	00054283          	lbu	t0,0(a0) # 80000000 <_start>
8000028c:	00558023          	sb	t0,0(a1)
80000290:	4501                	li	a0,0
80000292:	8082                	ret

80000294 <guarded_store8>:
80000294:	00b50023          	sb	a1,0(a0)
80000298:	4501                	li	a0,0
8000029a:	8082                	ret

8000029c <guarded_load32>:
8000029c:	00052283          	lw	t0,0(a0)
800002a0:	0055a023          	sw	t0,0(a1)
800002a4:	4501                	li	a0,0
800002a6:	8082                	ret

800002a8 <guard_fault>:
800002a8:	557d                	li	a0,-1
800002aa:	8082                	ret
	...

800002ae <sbi_trap>:
800002ae:	1141                	add	sp,sp,-16
800002b0:	c606                	sw	ra,12(sp)
800002b2:	c422                	sw	s0,8(sp)
800002b4:	c226                	sw	s1,4(sp)
800002b6:	c04a                	sw	s2,0(sp)
800002b8:	34202473          	csrr	s0,mcause
800002bc:	4725                	li	a4,9
800002be:	08e40f63          	beq	s0,a4,8000035c <sbi_trap+0xae>
800002c2:	80000737          	lui	a4,0x80000
800002c6:	071d                	add	a4,a4,7 # 80000007 <_start+0x7>
800002c8:	08e40463          	beq	s0,a4,80000350 <sbi_trap+0xa2>
800002cc:	08452683          	lw	a3,132(a0)
800002d0:	6709                	lui	a4,0x2
800002d2:	80070713          	add	a4,a4,-2048 # 1800 <__stack_size-0x800>
800002d6:	8ef9                	and	a3,a3,a4
800002d8:	08052483          	lw	s1,128(a0)
800002dc:	02e68d63          	beq	a3,a4,80000316 <sbi_trap+0x68>
800002e0:	34302973          	csrr	s2,mtval
800002e4:	80000537          	lui	a0,0x80000
800002e8:	6c850513          	add	a0,a0,1736 # 800006c8 <sbi_srst+0x60>
800002ec:	2271                	jal	80000478 <uart_puts>
800002ee:	8522                	mv	a0,s0
800002f0:	226d                	jal	8000049a <uart_put_hex>
800002f2:	80000537          	lui	a0,0x80000
800002f6:	6e850513          	add	a0,a0,1768 # 800006e8 <sbi_srst+0x80>
800002fa:	2abd                	jal	80000478 <uart_puts>
800002fc:	8526                	mv	a0,s1
800002fe:	2a71                	jal	8000049a <uart_put_hex>
80000300:	80000537          	lui	a0,0x80000
80000304:	6f050513          	add	a0,a0,1776 # 800006f0 <sbi_srst+0x88>
80000308:	2a85                	jal	80000478 <uart_puts>
8000030a:	854a                	mv	a0,s2
8000030c:	2279                	jal	8000049a <uart_put_hex>
8000030e:	4529                	li	a0,10
80000310:	2a2d                	jal	8000044a <uart_putc>
80000312:	4505                	li	a0,1
80000314:	263d                	jal	80000642 <finisher_exit>
80000316:	ffc40713          	add	a4,s0,-4
8000031a:	468d                	li	a3,3
8000031c:	fce6e2e3          	bltu	a3,a4,800002e0 <sbi_trap+0x32>
80000320:	80000737          	lui	a4,0x80000
80000324:	28870713          	add	a4,a4,648 # 80000288 <guarded_load8>
80000328:	fae4ece3          	bltu	s1,a4,800002e0 <sbi_trap+0x32>
8000032c:	80000737          	lui	a4,0x80000
80000330:	2a870713          	add	a4,a4,680 # 800002a8 <guard_fault>
80000334:	fae4f6e3          	bgeu	s1,a4,800002e0 <sbi_trap+0x32>
80000338:	40b2                	lw	ra,12(sp)
8000033a:	4422                	lw	s0,8(sp)
8000033c:	80000737          	lui	a4,0x80000
80000340:	2a870713          	add	a4,a4,680 # 800002a8 <guard_fault>
80000344:	08e52023          	sw	a4,128(a0)
80000348:	4492                	lw	s1,4(sp)
8000034a:	4902                	lw	s2,0(sp)
8000034c:	0141                	add	sp,sp,16
8000034e:	8082                	ret
80000350:	4422                	lw	s0,8(sp)
80000352:	40b2                	lw	ra,12(sp)
80000354:	4492                	lw	s1,4(sp)
80000356:	4902                	lw	s2,0(sp)
80000358:	0141                	add	sp,sp,16
8000035a:	acad                	j	800005d4 <timer_interrupt>
8000035c:	4422                	lw	s0,8(sp)
8000035e:	40b2                	lw	ra,12(sp)
80000360:	4492                	lw	s1,4(sp)
80000362:	4902                	lw	s2,0(sp)
80000364:	0141                	add	sp,sp,16
80000366:	a8b5                	j	800003e2 <sbi_ecall>

80000368 <sbi_base>:
80000368:	4799                	li	a5,6
8000036a:	1141                	add	sp,sp,-16
8000036c:	06a7e763          	bltu	a5,a0,800003da <sbi_base+0x72>
80000370:	800007b7          	lui	a5,0x80000
80000374:	6f878793          	add	a5,a5,1784 # 800006f8 <sbi_srst+0x90>
80000378:	050a                	sll	a0,a0,0x2
8000037a:	953e                	add	a0,a0,a5
8000037c:	411c                	lw	a5,0(a0)
8000037e:	8782                	jr	a5
80000380:	4585                	li	a1,1
80000382:	4501                	li	a0,0
80000384:	0141                	add	sp,sp,16
80000386:	8082                	ret
80000388:	020005b7          	lui	a1,0x2000
8000038c:	4501                	li	a0,0
8000038e:	0141                	add	sp,sp,16
80000390:	8082                	ret
80000392:	455855b7          	lui	a1,0x45585
80000396:	f5658593          	add	a1,a1,-170 # 45584f56 <__fw_size+0x45544f56>
8000039a:	b7e5                	j	80000382 <sbi_base+0x1a>
8000039c:	800007b7          	lui	a5,0x80000
800003a0:	4190                	lw	a2,0(a1)
800003a2:	71478793          	add	a5,a5,1812 # 80000714 <extensions>
800003a6:	4701                	li	a4,0
800003a8:	459d                	li	a1,7
800003aa:	4394                	lw	a3,0(a5)
800003ac:	fcd60ae3          	beq	a2,a3,80000380 <sbi_base+0x18>
800003b0:	0705                	add	a4,a4,1
800003b2:	07b1                	add	a5,a5,12
800003b4:	feb71be3          	bne	a4,a1,800003aa <sbi_base+0x42>
800003b8:	4581                	li	a1,0
800003ba:	b7e1                	j	80000382 <sbi_base+0x1a>
800003bc:	f11025f3          	csrr	a1,mvendorid
800003c0:	4501                	li	a0,0
800003c2:	0141                	add	sp,sp,16
800003c4:	8082                	ret
800003c6:	f12025f3          	csrr	a1,marchid
800003ca:	4501                	li	a0,0
800003cc:	0141                	add	sp,sp,16
800003ce:	8082                	ret
800003d0:	f13025f3          	csrr	a1,mimpid
800003d4:	4501                	li	a0,0
800003d6:	0141                	add	sp,sp,16
800003d8:	8082                	ret
800003da:	4581                	li	a1,0
800003dc:	5579                	li	a0,-2
800003de:	0141                	add	sp,sp,16
800003e0:	8082                	ret

800003e2 <sbi_ecall>:
800003e2:	4170                	lw	a2,68(a0)
800003e4:	1101                	add	sp,sp,-32
800003e6:	800007b7          	lui	a5,0x80000
800003ea:	cc22                	sw	s0,24(sp)
800003ec:	ca26                	sw	s1,20(sp)
800003ee:	ce06                	sw	ra,28(sp)
800003f0:	71478493          	add	s1,a5,1812 # 80000714 <extensions>
800003f4:	842a                	mv	s0,a0
800003f6:	71478793          	add	a5,a5,1812
800003fa:	4701                	li	a4,0
800003fc:	459d                	li	a1,7
800003fe:	4394                	lw	a3,0(a5)
80000400:	07b1                	add	a5,a5,12
80000402:	02d60363          	beq	a2,a3,80000428 <sbi_ecall+0x46>
80000406:	0705                	add	a4,a4,1
80000408:	feb71be3          	bne	a4,a1,800003fe <sbi_ecall+0x1c>
8000040c:	55f9                	li	a1,-2
8000040e:	4781                	li	a5,0
80000410:	d45c                	sw	a5,44(s0)
80000412:	08042783          	lw	a5,128(s0)
80000416:	40f2                	lw	ra,28(sp)
80000418:	d40c                	sw	a1,40(s0)
8000041a:	0791                	add	a5,a5,4
8000041c:	08f42023          	sw	a5,128(s0)
80000420:	4462                	lw	s0,24(sp)
80000422:	44d2                	lw	s1,20(sp)
80000424:	6105                	add	sp,sp,32
80000426:	8082                	ret
80000428:	00171793          	sll	a5,a4,0x1
8000042c:	97ba                	add	a5,a5,a4
8000042e:	078a                	sll	a5,a5,0x2
80000430:	94be                	add	s1,s1,a5
80000432:	40dc                	lw	a5,4(s1)
80000434:	4028                	lw	a0,64(s0)
80000436:	02840593          	add	a1,s0,40
8000043a:	9782                	jalr	a5
8000043c:	449c                	lw	a5,8(s1)
8000043e:	c42a                	sw	a0,8(sp)
80000440:	c62e                	sw	a1,12(sp)
80000442:	fbe1                	bnez	a5,80000412 <sbi_ecall+0x30>
80000444:	87ae                	mv	a5,a1
80000446:	45a2                	lw	a1,8(sp)
80000448:	b7e1                	j	80000410 <sbi_ecall+0x2e>

8000044a <uart_putc>:
8000044a:	10000737          	lui	a4,0x10000
8000044e:	00574783          	lbu	a5,5(a4) # 10000005 <__fw_size+0xffc0005>
80000452:	0207f793          	and	a5,a5,32
80000456:	dfe5                	beqz	a5,8000044e <uart_putc+0x4>
80000458:	00a70023          	sb	a0,0(a4)
8000045c:	8082                	ret

8000045e <uart_getc>:
8000045e:	10000737          	lui	a4,0x10000
80000462:	00574783          	lbu	a5,5(a4) # 10000005 <__fw_size+0xffc0005>
80000466:	8b85                	and	a5,a5,1
80000468:	c791                	beqz	a5,80000474 <uart_getc+0x16>
8000046a:	00074503          	lbu	a0,0(a4)
8000046e:	0ff57513          	zext.b	a0,a0
80000472:	8082                	ret
80000474:	557d                	li	a0,-1
80000476:	8082                	ret

80000478 <uart_puts>:
80000478:	00054683          	lbu	a3,0(a0)
8000047c:	ce91                	beqz	a3,80000498 <uart_puts+0x20>
8000047e:	10000737          	lui	a4,0x10000
80000482:	0505                	add	a0,a0,1
80000484:	00574783          	lbu	a5,5(a4) # 10000005 <__fw_size+0xffc0005>
80000488:	0207f793          	and	a5,a5,32
8000048c:	dfe5                	beqz	a5,80000484 <uart_puts+0xc>
8000048e:	00d70023          	sb	a3,0(a4)
80000492:	00054683          	lbu	a3,0(a0)
80000496:	f6f5                	bnez	a3,80000482 <uart_puts+0xa>
80000498:	8082                	ret

8000049a <uart_put_hex>:
8000049a:	800006b7          	lui	a3,0x80000
8000049e:	03000613          	li	a2,48
800004a2:	76868693          	add	a3,a3,1896 # 80000768 <extensions+0x54>
800004a6:	10000737          	lui	a4,0x10000
800004aa:	0685                	add	a3,a3,1
800004ac:	00574783          	lbu	a5,5(a4) # 10000005 <__fw_size+0xffc0005>
800004b0:	0207f793          	and	a5,a5,32
800004b4:	dfe5                	beqz	a5,800004ac <uart_put_hex+0x12>
800004b6:	00c70023          	sb	a2,0(a4)
800004ba:	0006c603          	lbu	a2,0(a3)
800004be:	f675                	bnez	a2,800004aa <uart_put_hex+0x10>
800004c0:	800005b7          	lui	a1,0x80000
800004c4:	46f1                	li	a3,28
800004c6:	76c58593          	add	a1,a1,1900 # 8000076c <extensions+0x58>
800004ca:	10000737          	lui	a4,0x10000
800004ce:	5871                	li	a6,-4
800004d0:	00d557b3          	srl	a5,a0,a3
800004d4:	8bbd                	and	a5,a5,15
800004d6:	97ae                	add	a5,a5,a1
800004d8:	0007c603          	lbu	a2,0(a5)
800004dc:	00574783          	lbu	a5,5(a4) # 10000005 <__fw_size+0xffc0005>
800004e0:	0207f793          	and	a5,a5,32
800004e4:	dfe5                	beqz	a5,800004dc <uart_put_hex+0x42>
800004e6:	00c70023          	sb	a2,0(a4)
800004ea:	16f1                	add	a3,a3,-4
800004ec:	ff0692e3          	bne	a3,a6,800004d0 <uart_put_hex+0x36>
800004f0:	8082                	ret

800004f2 <sbi_legacy_putchar>:
800004f2:	0005c503          	lbu	a0,0(a1)
800004f6:	1101                	add	sp,sp,-32
800004f8:	ce06                	sw	ra,28(sp)
800004fa:	3f81                	jal	8000044a <uart_putc>
800004fc:	40f2                	lw	ra,28(sp)
800004fe:	4501                	li	a0,0
80000500:	4581                	li	a1,0
80000502:	6105                	add	sp,sp,32
80000504:	8082                	ret

80000506 <sbi_legacy_getchar>:
80000506:	1101                	add	sp,sp,-32
80000508:	ce06                	sw	ra,28(sp)
8000050a:	3f91                	jal	8000045e <uart_getc>
8000050c:	40f2                	lw	ra,28(sp)
8000050e:	85aa                	mv	a1,a0
80000510:	4501                	li	a0,0
80000512:	6105                	add	sp,sp,32
80000514:	8082                	ret

80000516 <sbi_dbcn>:
80000516:	7179                	add	sp,sp,-48
80000518:	d606                	sw	ra,44(sp)
8000051a:	d422                	sw	s0,40(sp)
8000051c:	d226                	sw	s1,36(sp)
8000051e:	d04a                	sw	s2,32(sp)
80000520:	ce4e                	sw	s3,28(sp)
80000522:	cc52                	sw	s4,24(sp)
80000524:	4785                	li	a5,1
80000526:	02f50363          	beq	a0,a5,8000054c <sbi_dbcn+0x36>
8000052a:	4789                	li	a5,2
8000052c:	842a                	mv	s0,a0
8000052e:	06f50563          	beq	a0,a5,80000598 <sbi_dbcn+0x82>
80000532:	c51d                	beqz	a0,80000560 <sbi_dbcn+0x4a>
80000534:	54f9                	li	s1,-2
80000536:	4401                	li	s0,0
80000538:	50b2                	lw	ra,44(sp)
8000053a:	85a2                	mv	a1,s0
8000053c:	5422                	lw	s0,40(sp)
8000053e:	5902                	lw	s2,32(sp)
80000540:	49f2                	lw	s3,28(sp)
80000542:	4a62                	lw	s4,24(sp)
80000544:	8526                	mv	a0,s1
80000546:	5492                	lw	s1,36(sp)
80000548:	6145                	add	sp,sp,48
8000054a:	8082                	ret
8000054c:	0085a903          	lw	s2,8(a1)
80000550:	4180                	lw	s0,0(a1)
80000552:	0045a983          	lw	s3,4(a1)
80000556:	04090763          	beqz	s2,800005a4 <sbi_dbcn+0x8e>
8000055a:	4401                	li	s0,0
8000055c:	54f5                	li	s1,-3
8000055e:	bfe9                	j	80000538 <sbi_dbcn+0x22>
80000560:	459c                	lw	a5,8(a1)
80000562:	0005a983          	lw	s3,0(a1)
80000566:	0045a903          	lw	s2,4(a1)
8000056a:	fbed                	bnez	a5,8000055c <sbi_dbcn+0x46>
8000056c:	85ce                	mv	a1,s3
8000056e:	854a                	mv	a0,s2
80000570:	31e5                	jal	80000258 <fw_region_overlaps>
80000572:	84aa                	mv	s1,a0
80000574:	f565                	bnez	a0,8000055c <sbi_dbcn+0x46>
80000576:	01298a33          	add	s4,s3,s2
8000057a:	00099863          	bnez	s3,8000058a <sbi_dbcn+0x74>
8000057e:	a889                	j	800005d0 <sbi_dbcn+0xba>
80000580:	00814503          	lbu	a0,8(sp)
80000584:	35d9                	jal	8000044a <uart_putc>
80000586:	052a0563          	beq	s4,s2,800005d0 <sbi_dbcn+0xba>
8000058a:	854a                	mv	a0,s2
8000058c:	002c                	add	a1,sp,8
8000058e:	39ed                	jal	80000288 <guarded_load8>
80000590:	0905                	add	s2,s2,1
80000592:	d57d                	beqz	a0,80000580 <sbi_dbcn+0x6a>
80000594:	54f5                	li	s1,-3
80000596:	b74d                	j	80000538 <sbi_dbcn+0x22>
80000598:	0005c503          	lbu	a0,0(a1)
8000059c:	4481                	li	s1,0
8000059e:	4401                	li	s0,0
800005a0:	356d                	jal	8000044a <uart_putc>
800005a2:	bf59                	j	80000538 <sbi_dbcn+0x22>
800005a4:	85a2                	mv	a1,s0
800005a6:	854e                	mv	a0,s3
800005a8:	3945                	jal	80000258 <fw_region_overlaps>
800005aa:	84aa                	mv	s1,a0
800005ac:	f55d                	bnez	a0,8000055a <sbi_dbcn+0x44>
800005ae:	e419                	bnez	s0,800005bc <sbi_dbcn+0xa6>
800005b0:	b761                	j	80000538 <sbi_dbcn+0x22>
800005b2:	31cd                	jal	80000294 <guarded_store8>
800005b4:	0905                	add	s2,s2,1
800005b6:	f155                	bnez	a0,8000055a <sbi_dbcn+0x44>
800005b8:	f92400e3          	beq	s0,s2,80000538 <sbi_dbcn+0x22>
800005bc:	354d                	jal	8000045e <uart_getc>
800005be:	87aa                	mv	a5,a0
800005c0:	0ff7f593          	zext.b	a1,a5
800005c4:	01298533          	add	a0,s3,s2
800005c8:	fe07d5e3          	bgez	a5,800005b2 <sbi_dbcn+0x9c>
800005cc:	844a                	mv	s0,s2
800005ce:	b7ad                	j	80000538 <sbi_dbcn+0x22>
800005d0:	844e                	mv	s0,s3
800005d2:	b79d                	j	80000538 <sbi_dbcn+0x22>

800005d4 <timer_interrupt>:
800005d4:	02000793          	li	a5,32
800005d8:	3447a073          	csrs	mip,a5
800005dc:	08000793          	li	a5,128
800005e0:	3047b073          	csrc	mie,a5
800005e4:	8082                	ret

800005e6 <sbi_legacy_set_timer>:
800005e6:	4194                	lw	a3,0(a1)
800005e8:	41d8                	lw	a4,4(a1)
800005ea:	020047b7          	lui	a5,0x2004
800005ee:	567d                	li	a2,-1
800005f0:	c3d0                	sw	a2,4(a5)
800005f2:	c394                	sw	a3,0(a5)
800005f4:	1141                	add	sp,sp,-16
800005f6:	c3d8                	sw	a4,4(a5)
800005f8:	02000793          	li	a5,32
800005fc:	3447b073          	csrc	mip,a5
80000600:	08000793          	li	a5,128
80000604:	3047a073          	csrs	mie,a5
80000608:	4501                	li	a0,0
8000060a:	4581                	li	a1,0
8000060c:	0141                	add	sp,sp,16
8000060e:	8082                	ret

80000610 <sbi_time>:
80000610:	1141                	add	sp,sp,-16
80000612:	e505                	bnez	a0,8000063a <sbi_time+0x2a>
80000614:	4194                	lw	a3,0(a1)
80000616:	41d8                	lw	a4,4(a1)
80000618:	020047b7          	lui	a5,0x2004
8000061c:	567d                	li	a2,-1
8000061e:	c3d0                	sw	a2,4(a5)
80000620:	c394                	sw	a3,0(a5)
80000622:	c3d8                	sw	a4,4(a5)
80000624:	02000793          	li	a5,32
80000628:	3447b073          	csrc	mip,a5
8000062c:	08000793          	li	a5,128
80000630:	3047a073          	csrs	mie,a5
80000634:	4581                	li	a1,0
80000636:	0141                	add	sp,sp,16
80000638:	8082                	ret
8000063a:	5579                	li	a0,-2
8000063c:	4581                	li	a1,0
8000063e:	0141                	add	sp,sp,16
80000640:	8082                	ret

80000642 <finisher_exit>:
80000642:	cd19                	beqz	a0,80000660 <finisher_exit+0x1e>
80000644:	670d                	lui	a4,0x3
80000646:	01051793          	sll	a5,a0,0x10
8000064a:	33370713          	add	a4,a4,819 # 3333 <__stack_size+0x1333>
8000064e:	8fd9                	or	a5,a5,a4
80000650:	00100737          	lui	a4,0x100
80000654:	c31c                	sw	a5,0(a4)
80000656:	10500073          	wfi
8000065a:	10500073          	wfi
8000065e:	bfe5                	j	80000656 <finisher_exit+0x14>
80000660:	6795                	lui	a5,0x5
80000662:	55578793          	add	a5,a5,1365 # 5555 <__stack_size+0x3555>
80000666:	b7ed                	j	80000650 <finisher_exit+0xe>

80000668 <sbi_srst>:
80000668:	41dc                	lw	a5,4(a1)
8000066a:	4198                	lw	a4,0(a1)
8000066c:	cf8d                	beqz	a5,800006a6 <sbi_srst+0x3e>
8000066e:	4685                	li	a3,1
80000670:	04d78263          	beq	a5,a3,800006b4 <sbi_srst+0x4c>
80000674:	f00006b7          	lui	a3,0xf0000
80000678:	00d7f633          	and	a2,a5,a3
8000067c:	02d61f63          	bne	a2,a3,800006ba <sbi_srst+0x52>
80000680:	e505                	bnez	a0,800006a8 <sbi_srst+0x40>
80000682:	0ff7f513          	zext.b	a0,a5
80000686:	cf15                	beqz	a4,800006c2 <sbi_srst+0x5a>
80000688:	177d                	add	a4,a4,-1 # fffff <__fw_size+0xbffff>
8000068a:	4785                	li	a5,1
8000068c:	02e7e163          	bltu	a5,a4,800006ae <sbi_srst+0x46>
80000690:	679d                	lui	a5,0x7
80000692:	00100737          	lui	a4,0x100
80000696:	77778793          	add	a5,a5,1911 # 7777 <__stack_size+0x5777>
8000069a:	c31c                	sw	a5,0(a4)
8000069c:	10500073          	wfi
800006a0:	10500073          	wfi
800006a4:	bfe5                	j	8000069c <sbi_srst+0x34>
800006a6:	d165                	beqz	a0,80000686 <sbi_srst+0x1e>
800006a8:	5579                	li	a0,-2
800006aa:	4581                	li	a1,0
800006ac:	8082                	ret
800006ae:	5575                	li	a0,-3
800006b0:	4581                	li	a1,0
800006b2:	8082                	ret
800006b4:	f975                	bnez	a0,800006a8 <sbi_srst+0x40>
800006b6:	4505                	li	a0,1
800006b8:	b7f9                	j	80000686 <sbi_srst+0x1e>
800006ba:	00a03533          	snez	a0,a0
800006be:	1575                	add	a0,a0,-3
800006c0:	b7ed                	j	800006aa <sbi_srst+0x42>
800006c2:	1101                	add	sp,sp,-32
800006c4:	ce06                	sw	ra,28(sp)
800006c6:	3fb5                	jal	80000642 <finisher_exit>
